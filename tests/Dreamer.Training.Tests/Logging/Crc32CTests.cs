using System.Text;
using Dreamer.Training.Logging;

namespace Dreamer.Training.Tests.Logging;

public sealed class Crc32CTests
{
    [Fact]
    public void MatchesTheStandardCheckValue() => Assert.Equal(0xE3069283u, Crc32C.Of(Encoding.ASCII.GetBytes("123456789")));

    [Fact]
    public void MatchesKnownVectorsOfOtherLengths()
    {
        Assert.Equal(0u, Crc32C.Of([]));
        Assert.Equal(0x8A9136AAu, Crc32C.Of(new byte[32]));
        Assert.Equal(0x62A8AB43u, Crc32C.Of(Enumerable.Repeat((byte)0xFF, 32).ToArray()));
    }

    [Fact]
    public void MaskRotatesRightBy15AndAddsTheDelta()
    {
        const uint crc = 0xE3069283;
        Assert.Equal(((crc >> 15) | (crc << 17)) + 0xa282ead8u, Crc32C.Masked(Encoding.ASCII.GetBytes("123456789")));
    }
}
