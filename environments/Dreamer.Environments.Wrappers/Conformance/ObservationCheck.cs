using Dreamer.Abstractions.Environments;

namespace Dreamer.Environments.Conformance;

/// <summary>
/// Whether an observation is laid out as its <see cref="BoxSpace"/> says (<see cref="IEnvironment"/>'s contract): the
/// element type, the number of values and their bounds. Used by <c>dreamer env check</c> and <c>dreamer env rollout</c>.
/// </summary>
public static class ObservationCheck
{
    /// <summary>The first problem of step <paramref name="index"/>'s observation, as a kind and one line; null when it fits.</summary>
    public static (string Kind, string Message)? Problem(BoxSpace space, Observation observation, int index)
    {
        ArgumentNullException.ThrowIfNull(space);
        var bytes = space.ElementType == ElementType.UInt8;
        var (count, other) = bytes ? (observation.Bytes.Length, observation.Floats.Length) : (observation.Floats.Length, observation.Bytes.Length);
        var (values, otherValues, factory) = bytes ? ("bytes", "floats", nameof(Observation.FromBytes)) : ("floats", "bytes", nameof(Observation.FromFloats));
        if (other != 0)
            return ("element-type", $"step {index}'s observation holds {other} {otherValues}, but {space} takes {values} only (Observation.{factory})");
        if (count != space.Size)
            return ("size", $"step {index}'s observation has {count} {values}, {(count < space.Size ? "fewer" : "more")} than the {space.Size} of {space}");
        var outside = bytes ? Outside(space, observation.Bytes.Span) : Outside(space, observation.Floats.Span);
        return outside is { } found ? ("bounds", $"step {index}'s observation holds {found.Value} at element {found.Element}, outside {space}") : null;
    }

    private static (int Element, string Value)? Outside(BoxSpace space, ReadOnlySpan<byte> values)
    {
        for (var element = 0; element < values.Length; element++)
        {
            if (values[element] < space.Low || values[element] > space.High) return (element, values[element].ToString());
        }
        return null;
    }

    private static (int Element, string Value)? Outside(BoxSpace space, ReadOnlySpan<float> values)
    {
        for (var element = 0; element < values.Length; element++)
        {
            var value = values[element];
            if (!float.IsFinite(value) || value < space.Low || value > space.High) return (element, value.ToString());
        }
        return null;
    }
}
