namespace Dreamer.TestPlugins.Helper;

/// <summary>Counts steps up to a length.</summary>
public sealed class StepCounter(int length)
{
    public int Count { get; private set; }

    public bool Done => Count >= length;

    public void Reset() => Count = 0;

    public void Advance() => Count++;
}
