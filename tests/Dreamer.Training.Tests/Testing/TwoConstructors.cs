namespace Dreamer.Training.Tests.Testing;

/// <summary>A class the host could not build: it has two public constructors.</summary>
public sealed class TwoConstructors
{
    public TwoConstructors()
    {
    }

    public TwoConstructors(int value) => Value = value;

    public int Value { get; }
}
