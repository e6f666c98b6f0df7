using Dreamer.Abstractions.Environments;
using Dreamer.Environments.Python.Protocol;

namespace Dreamer.Environments.Python.Tests;

/// <summary>The C# side of the wire format: frames round-trip, and a malformed frame is refused with a message naming the field, the expected and the actual value.</summary>
public sealed class FrameTests
{
    private static readonly BoxSpace Vector = new([3], ElementType.Float32, -1, 1);

    [Fact]
    public void AFrameRoundTripsItsFields()
    {
        var stream = new MemoryStream();
        FrameStream.Write(stream, new PayloadWriter(MessageType.Hello).UInt32(7).String("é=1").Strings(["a", "bc"])
            .Array(WireArray.Of([1.5f, -2f], 2)).ToArray());
        stream.Position = 0;

        var reader = new PayloadReader(FrameStream.Read(stream));

        Assert.Equal(MessageType.Hello, reader.Type(MessageType.Hello));
        Assert.Equal(7u, reader.UInt32("a"));
        Assert.Equal("é=1", reader.String("b"));
        Assert.Equal(2u, reader.UInt32("c"));
        Assert.Equal("a", reader.String("d"));
        Assert.Equal("bc", reader.String("e"));
        var array = reader.Array("f");
        Assert.Equal(WireType.Float32, array.Type);
        Assert.Equal([2], array.Shape);
        Assert.Equal(WireArray.Of([1.5f, -2f], 2).Data, array.Data);
        reader.End("HELLO");
    }

    [Fact]
    public void AWrongTypeByteIsRefused()
    {
        var error = Assert.Throws<BridgeProtocolException>(() => new PayloadReader([9]).Type(MessageType.Steps, MessageType.Error));

        Assert.Equal("frame type: expected Steps (5) or Error (7), got 9", error.Message);
    }

    [Fact]
    public void AStreamEndingInsideAFrameIsATruncatedFrame()
    {
        var stream = new MemoryStream([10, 0, 0, 0, 5, 1, 2]);

        var error = Assert.Throws<EndOfStreamException>(() => FrameStream.Read(stream));

        Assert.Equal("truncated frame: frame payload needs 10 bytes, the stream ended after 3", error.Message);
    }

    [Fact]
    public void AZeroLengthFrameIsRefused() =>
        Assert.Equal("frame length: expected 1 to 1073741824 bytes, got 0",
            Assert.Throws<BridgeProtocolException>(() => FrameStream.Read(new MemoryStream([0, 0, 0, 0]))).Message);

    [Fact]
    public void AnArrayWhoseBytesDoNotFillItsDimsIsRefused()
    {
        var payload = new PayloadWriter(MessageType.Steps).Array(new WireArray(WireType.Float32, [2, 3], new byte[10])).ToArray();

        var error = Assert.Throws<BridgeProtocolException>(() => Read(payload, 2));

        Assert.Equal("STEPS observations: Float32 [2, 3] needs 24 bytes, the frame has 10 left", error.Message);
    }

    [Fact]
    public void AnUnknownDtypeCodeIsRefused()
    {
        byte[] payload = [(byte)MessageType.Steps, 42, 1, 1, 0, 0, 0];

        var error = Assert.Throws<BridgeProtocolException>(() => Read(payload, 1));

        Assert.Equal("STEPS observations: expected a dtype code 1 to 6 (uint8, float32, float64, int64, bool, int32), got 42", error.Message);
    }

    [Fact]
    public void ObservationsOfTheWrongShapeAreRefused()
    {
        var payload = new PayloadWriter(MessageType.Steps).Array(WireArray.Of(new float[4], 1, 4)).ToArray();

        var error = Assert.Throws<BridgeProtocolException>(() => Read(payload, 1));

        Assert.Equal("STEPS observations: expected Float32 [1, 3], got Float32 [1, 4]", error.Message);
    }

    [Fact]
    public void AWellFormedStepsFrameGivesEachEnvironmentsStepAndExtraBytesAreRefused()
    {
        var writer = new PayloadWriter(MessageType.Steps).Array(WireArray.Of([1f, 2f, 3f, 4f, 5f, 6f], 2, 3))
            .Array(WireArray.Of([0.5f, -1f], 2)).Array(Flags(true, false)).Array(Flags(false, true)).Array(Flags(false, true));

        var batch = Read(writer.ToArray(), 2);
        var error = Assert.Throws<BridgeProtocolException>(() => Read(writer.UInt32(0).ToArray(), 2));

        Assert.Equal(new TimeStep(default, -1f, false, true, true), batch.Step(1, Vector) with { Observation = default });
        Assert.Equal([4f, 5f, 6f], batch.Step(1, Vector).Observation.Floats.ToArray());
        Assert.Equal("STEPS: expected the frame to end after its last field, got 4 more bytes", error.Message);
    }

    [Fact]
    public void ASpecWithAnUnsupportedObservationDtypeIsRefused()
    {
        var reader = new PayloadReader([(byte)MessageType.Spec, (byte)WireType.Float64]);
        reader.Type(MessageType.Spec);

        var error = Assert.Throws<BridgeProtocolException>(() => ServerSpec.Read(reader));

        Assert.Equal("SPEC observation dtype: expected 1 (uint8) or 2 (float32), got 3", error.Message);
    }

    private static StepBatch Read(byte[] payload, int count)
    {
        var reader = new PayloadReader(payload);
        reader.Type(MessageType.Steps);
        return StepBatch.Read(reader, Vector, count);
    }

    private static WireArray Flags(params bool[] values) => new(WireType.Bool, [values.Length], [.. values.Select(value => (byte)(value ? 1 : 0))]);
}
