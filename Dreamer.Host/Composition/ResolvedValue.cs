namespace Dreamer.Host.Composition;

/// <summary>One leaf of a resolved composition: its key path, its bound value and where the value came from.</summary>
public sealed record ResolvedValue(string Path, object? Value, ValueSource Source)
{
    /// <summary>The value as composition files write it (<c>0.0001</c>, <c>true</c>, <c>[400, 400]</c>).</summary>
    public string Text => CompositionValueText.Format(Value);
}
