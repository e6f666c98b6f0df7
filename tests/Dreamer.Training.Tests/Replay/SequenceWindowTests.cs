using Dreamer.Training.Replay;

namespace Dreamer.Training.Tests.Replay;

/// <summary>Start rows of training sequences (dreamerv2.md §7.3, TV10).</summary>
public sealed class SequenceWindowTests
{
    private static double[] Distribution(int rows, int length, bool prioritizeEnds, int minlen)
    {
        var choices = SequenceWindow.Choices(rows, length, prioritizeEnds, minlen);
        var counts = new double[rows - length + 1];
        for (var draw = 0; draw < choices; draw++) counts[SequenceWindow.Start(rows, length, draw)]++;
        return counts.Select(count => count / choices).ToArray();
    }

    [Fact]
    public void PrioritizeEndsGivesTheLastWindowHalfTheMass()
    {
        var distribution = Distribution(101, 50, prioritizeEnds: true, minlen: 50);
        Assert.Equal(52, distribution.Length);
        for (var k = 0; k <= 50; k++) Assert.Equal(1.0 / 102, distribution[k], 12);
        Assert.Equal(51.0 / 102, distribution[51], 12);
    }

    [Fact]
    public void PrioritizeEndsAddsMinlenDrawsNotTheSequenceLength()
    {
        var distribution = Distribution(101, 50, prioritizeEnds: true, minlen: 10);
        Assert.Equal(52, distribution.Length);
        for (var k = 0; k <= 50; k++) Assert.Equal(1.0 / 62, distribution[k], 12);
        Assert.Equal(11.0 / 62, distribution[51], 12);
    }

    [Fact]
    public void WithoutPrioritizeEndsStartsAreUniform()
    {
        var distribution = Distribution(101, 50, prioritizeEnds: false, minlen: 10);
        Assert.All(distribution, p => Assert.Equal(1.0 / 52, p, 12));
    }

    [Fact]
    public void SampledStartsFollowTheDistribution()
    {
        var random = new Random(3);
        var last = 0;
        const int draws = 20000;
        for (var i = 0; i < draws; i++)
        {
            var start = SequenceWindow.Sample(101, 50, true, 50, random);
            Assert.InRange(start, 0, 51);
            if (start == 51) last++;
        }
        Assert.InRange(last / (double)draws, 0.48, 0.52);
    }
}
