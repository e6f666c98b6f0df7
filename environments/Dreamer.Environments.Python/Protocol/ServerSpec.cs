using Dreamer.Abstractions.Environments;

namespace Dreamer.Environments.Python.Protocol;

/// <summary>
/// What the server's SPEC says, as Dreamer's spaces: the observation box (uint8 <c>[C, H, W]</c> or float32
/// <c>[D]</c>), the action (a <see cref="DiscreteSpace"/>, or a float32 box <c>[A]</c> in [−1, 1], which the server
/// rescales to the environment's bounds: dreamerv2.md §7.2), and the library versions.
/// </summary>
public sealed record ServerSpec(BoxSpace Observation, Space Action, IReadOnlyList<(string Name, string Version)> Versions)
{
    /// <summary>Reads a SPEC payload (after its type byte) and checks it.</summary>
    public static ServerSpec Read(PayloadReader reader)
    {
        var code = reader.Byte("SPEC observation dtype");
        var element = code switch
        {
            (byte)WireType.UInt8 => ElementType.UInt8,
            (byte)WireType.Float32 => ElementType.Float32,
            _ => throw new BridgeProtocolException($"SPEC observation dtype: expected 1 (uint8) or 2 (float32), got {code}"),
        };
        var shape = new int[reader.Byte("SPEC observation ndim")];
        for (var i = 0; i < shape.Length; i++) shape[i] = checked((int)reader.UInt32("SPEC observation dims"));
        if (shape.Length == 0 || shape.Any(dimension => dimension < 1))
            throw new BridgeProtocolException($"SPEC observation shape: expected positive dimensions, got [{string.Join(", ", shape)}]");
        var observation = new BoxSpace(shape, element, reader.Float64("SPEC observation low"), reader.Float64("SPEC observation high"));
        var action = ReadAction(reader);
        var versions = new List<(string, string)>();
        var count = reader.UInt32("SPEC version count");
        for (var i = 0; i < count; i++) versions.Add((reader.String("SPEC version name"), reader.String("SPEC version")));
        reader.End("SPEC");
        return new ServerSpec(observation, action, versions);
    }

    /// <summary>The versions as one line: <c>python 3.11.2, numpy 1.24.2, gymnasium 1.0.0</c>.</summary>
    public string VersionLine => string.Join(", ", Versions.Select(v => $"{v.Name} {v.Version}"));

    private static Space ReadAction(PayloadReader reader)
    {
        var kind = reader.Byte("SPEC action kind");
        if (kind == 0)
        {
            var count = reader.UInt32("SPEC action n");
            if (count is < 1 or > int.MaxValue) throw new BridgeProtocolException($"SPEC action n: expected at least 1, got {count}");
            return new DiscreteSpace((int)count);
        }
        if (kind != 1) throw new BridgeProtocolException($"SPEC action kind: expected 0 (discrete) or 1 (box), got {kind}");
        var low = reader.Array("SPEC action low");
        var high = reader.Array("SPEC action high");
        if (low.Type != WireType.Float64 || high.Type != WireType.Float64 || !low.Shape.SequenceEqual(high.Shape))
            throw new BridgeProtocolException($"SPEC action bounds: expected two float64 arrays of one shape, got {low} and {high}");
        return new BoxSpace([checked((int)low.Count)], ElementType.Float32, -1, 1);
    }
}
