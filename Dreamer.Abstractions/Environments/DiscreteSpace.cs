namespace Dreamer.Abstractions.Environments;

/// <summary>
/// A choice of one of <see cref="Count"/> actions. <see cref="IEnvironment.Step"/> takes a span of length one
/// holding the action index. Agents act in one-hot vectors; a one-hot wrapper maps them (dreamerv2.md §7.1).
/// </summary>
public sealed record DiscreteSpace(int Count) : Space
{
    public override string ToString() => $"Discrete({Count})";
}
