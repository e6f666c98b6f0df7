using Dreamer.Host.Matrix;

namespace Dreamer.Host.Tests.Matrix;

/// <summary><c>matrix run --parallel N</c> splits the cores among the cells that run at once.</summary>
public sealed class LocalBackendThreadsTests
{
    [Theory]
    [InlineData(1, 2, 2)]
    [InlineData(2, 2, 1)]
    [InlineData(3, 2, 1)]
    [InlineData(2, 16, 8)]
    [InlineData(3, 16, 5)]
    [InlineData(0, 4, 4)]
    public void EachCellGetsItsShareOfTheCores(int parallel, int cores, int threads) =>
        Assert.Equal(threads, LocalBackend.ThreadsPerCell(parallel, cores));
}
