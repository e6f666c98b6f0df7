using System.Runtime.InteropServices;
using Dreamer.Abstractions.Environments;

namespace Dreamer.Environments.Conformance;

/// <summary>One step of a conformance run, compared between runs: the observation's bytes (floats as their bytes), its reward and flags.</summary>
internal sealed record RecordedStep(byte[] Observation, double ObservationSum, float Reward, bool IsFirst, bool IsLast, bool IsTerminal)
{
    /// <summary>A copy of <paramref name="step"/>, which may share buffers with the environment.</summary>
    public static RecordedStep Of(TimeStep step)
    {
        var bytes = step.Observation.Bytes.Span;
        var floats = step.Observation.Floats.Span;
        var sum = 0.0;
        foreach (var value in bytes) sum += value;
        foreach (var value in floats) sum += value;
        byte[] observation = [.. bytes, .. MemoryMarshal.AsBytes(floats)];
        return new RecordedStep(observation, sum, step.Reward, step.IsFirst, step.IsLast, step.IsTerminal);
    }

    public bool Equals(RecordedStep? other) =>
        other is not null && Observation.AsSpan().SequenceEqual(other.Observation) && Reward.Equals(other.Reward)
        && IsFirst == other.IsFirst && IsLast == other.IsLast && IsTerminal == other.IsTerminal;

    public override int GetHashCode() => HashCode.Combine(Reward, IsFirst, IsLast, IsTerminal);

    public override string ToString() => $"reward {Reward}, first {IsFirst}, last {IsLast}, terminal {IsTerminal}, observation sum {ObservationSum}";
}
