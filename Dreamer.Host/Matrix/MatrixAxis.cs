namespace Dreamer.Host.Matrix;

/// <summary>One axis of a matrix file: a slot or option path and the values it takes, in file order.</summary>
public sealed record MatrixAxis(string Name, IReadOnlyList<AxisValue> Values);
