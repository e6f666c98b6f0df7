namespace Dreamer.Training.Replay;

/// <summary>An array as numpy's .npy format stores it: dtype descriptor, shape and raw little-endian bytes.</summary>
public sealed record NpyArray(string Descriptor, IReadOnlyList<int> Shape, byte[] Data)
{
    public const string UInt8 = "|u1";
    public const string Float32 = "<f4";
    public const string Bool = "|b1";

    public static NpyArray FromBytes(byte[] values, params int[] shape) => new(UInt8, shape, values);

    public static NpyArray FromFloats(float[] values, params int[] shape)
    {
        var data = new byte[values.Length * sizeof(float)];
        Buffer.BlockCopy(values, 0, data, 0, data.Length);
        return new NpyArray(Float32, shape, data);
    }

    /// <summary>Observations as replay stores them (<see cref="ObservationElements"/>): a byte[] as uint8, a float[] as float32.</summary>
    public static NpyArray FromObservations(Array values, params int[] shape) => values switch
    {
        byte[] bytes => FromBytes(bytes, shape),
        float[] floats => FromFloats(floats, shape),
        _ => throw new ArgumentException($"observations are byte[] or float[]; got {values?.GetType().Name ?? "null"}.", nameof(values)),
    };

    public static NpyArray FromBools(bool[] values, params int[] shape) =>
        new(Bool, shape, values.Select(value => value ? (byte)1 : (byte)0).ToArray());

    public float[] ToFloats()
    {
        Expect(Float32);
        var values = new float[Data.Length / sizeof(float)];
        Buffer.BlockCopy(Data, 0, values, 0, Data.Length);
        return values;
    }

    public byte[] ToBytes()
    {
        Expect(UInt8);
        return Data;
    }

    /// <summary>A uint8 array as byte[], a float32 array as float[]: observations as replay stores them.</summary>
    public Array ToObservations() => Descriptor switch
    {
        UInt8 => ToBytes(),
        Float32 => ToFloats(),
        _ => throw new InvalidDataException($"observations have dtype '{Descriptor}'; expected '{UInt8}' or '{Float32}'."),
    };

    public bool[] ToBools()
    {
        Expect(Bool);
        return Data.Select(value => value != 0).ToArray();
    }

    private void Expect(string descriptor)
    {
        if (Descriptor != descriptor) throw new InvalidDataException($"array has dtype '{Descriptor}'; expected '{descriptor}'.");
    }
}
