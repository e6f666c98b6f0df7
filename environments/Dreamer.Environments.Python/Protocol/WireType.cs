namespace Dreamer.Environments.Python.Protocol;

/// <summary>The dtype code of an array on the wire, with its element size (docs/python-bridge.md).</summary>
public enum WireType : byte
{
    /// <summary>uint8, 1 byte.</summary>
    UInt8 = 1,

    /// <summary>float32, 4 bytes.</summary>
    Float32 = 2,

    /// <summary>float64, 8 bytes.</summary>
    Float64 = 3,

    /// <summary>int64, 8 bytes.</summary>
    Int64 = 4,

    /// <summary>bool, 1 byte (0 or 1).</summary>
    Bool = 5,

    /// <summary>int32, 4 bytes.</summary>
    Int32 = 6,
}
