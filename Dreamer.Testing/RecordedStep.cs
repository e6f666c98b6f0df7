namespace Dreamer.Testing;

/// <summary>One step of a conformance run, compared between two runs with the same seed.</summary>
internal sealed record RecordedStep(string Name, double[] Observation, float Reward, bool IsFirst, bool IsLast, bool IsTerminal)
{
    public bool Equals(RecordedStep? other) =>
        other is not null && Observation.SequenceEqual(other.Observation) && Reward.Equals(other.Reward)
        && IsFirst == other.IsFirst && IsLast == other.IsLast && IsTerminal == other.IsTerminal;

    public override int GetHashCode() => HashCode.Combine(Reward, IsFirst, IsLast, IsTerminal);

    public override string ToString() => $"reward {Reward}, first {IsFirst}, last {IsLast}, terminal {IsTerminal}, observation sum {Observation.Sum()}";
}
