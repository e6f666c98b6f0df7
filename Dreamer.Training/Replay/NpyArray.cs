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
