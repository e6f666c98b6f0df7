using Xunit;
namespace Dreamer.Tests.Support;

/// <summary>Element-wise comparison with an absolute tolerance.</summary>
public static class FiniteDifferenceAssert
{
    public static void Close(IReadOnlyList<double> expected, IReadOnlyList<double> actual, double tolerance)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.True(Math.Abs(expected[i] - actual[i]) <= tolerance, $"entry {i}: expected {expected[i]}, got {actual[i]}");
        }
    }
}
