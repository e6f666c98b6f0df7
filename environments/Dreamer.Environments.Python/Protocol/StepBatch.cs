using System.Runtime.InteropServices;
using Dreamer.Abstractions.Environments;

namespace Dreamer.Environments.Python.Protocol;

/// <summary>
/// A STEPS reply for K environments: observations as one array <c>[K, *shape]</c>, rewards and the three flags of
/// dreamerv2.md §0 (is_first, is_last, is_terminal) as arrays <c>[K]</c>.
/// </summary>
public sealed record StepBatch(WireArray Observations, float[] Rewards, bool[] IsFirst, bool[] IsLast, bool[] IsTerminal)
{
    public int Count => Rewards.Length;

    /// <summary>Reads a STEPS payload (after its type byte) and checks it against the observation space and K.</summary>
    public static StepBatch Read(PayloadReader reader, BoxSpace space, int count)
    {
        var observations = reader.Array("STEPS observations");
        var type = space.ElementType == ElementType.UInt8 ? WireType.UInt8 : WireType.Float32;
        int[] shape = [count, .. space.Shape];
        if (observations.Type != type || !observations.Shape.SequenceEqual(shape))
            throw new BridgeProtocolException($"STEPS observations: expected {type} [{string.Join(", ", shape)}], got {observations}");
        var rewards = MemoryMarshal.Cast<byte, float>(Column(reader, "rewards", WireType.Float32, count).Data.AsSpan()).ToArray();
        var first = Flags(reader, "is_first", count);
        var last = Flags(reader, "is_last", count);
        var terminal = Flags(reader, "is_terminal", count);
        reader.End("STEPS");
        return new StepBatch(observations, rewards, first, last, terminal);
    }

    /// <summary>Environment <paramref name="index"/>'s step, its observation a copy out of the batch.</summary>
    public TimeStep Step(int index, BoxSpace space)
    {
        var size = space.Size * (space.ElementType == ElementType.UInt8 ? 1 : 4);
        var bytes = Observations.Data.AsSpan(index * size, size);
        var observation = space.ElementType == ElementType.UInt8
            ? Observation.FromBytes(bytes.ToArray())
            : Observation.FromFloats(MemoryMarshal.Cast<byte, float>(bytes).ToArray());
        return new TimeStep(observation, Rewards[index], IsFirst[index], IsLast[index], IsTerminal[index]);
    }

    private static WireArray Column(PayloadReader reader, string name, WireType type, int count)
    {
        var column = reader.Array($"STEPS {name}");
        if (column.Type != type || !column.Shape.SequenceEqual([count]))
            throw new BridgeProtocolException($"STEPS {name}: expected {type} [{count}], got {column}");
        return column;
    }

    private static bool[] Flags(PayloadReader reader, string name, int count) =>
        [.. Column(reader, name, WireType.Bool, count).Data.Select(value => value != 0)];
}
