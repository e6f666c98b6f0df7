using Dreamer.Training.Loop;

namespace Dreamer.Training.Tests.WorldModels;

/// <summary>TV9: exact parameter counts through <see cref="NetworkSummary"/>.</summary>
public sealed class ParameterCountTests
{
    [Fact]
    public void AtariWorldModelWith18ActionsHasTv9Counts()
    {
        var summary = NetworkSummary.Of(TestWorldModels.Atari(actions: 18));

        Assert.Equal(1_549_776, summary.CountOf("encoder"));
        Assert.Equal(5_664_848, summary.CountOf("rssm"));
        Assert.Equal(10_497_553, summary.CountOf("decoder"));
        Assert.Equal(1_131_601, summary.CountOf("reward"));
        Assert.Equal(1_131_601, summary.CountOf("discount"));
        Assert.Equal(19_975_379, summary.Total);
        Assert.Equal(["encoder", "rssm", "decoder", "reward", "discount"], summary.Modules.Select(m => m.Key));
        Assert.Contains(summary.Rows, row => row.Name == "rssm.cell.norm.weight" && row.Shape.SequenceEqual([1800L]) && row.Count == 1800);
        Assert.Contains("19,975,379", summary.Format());
    }

    [Fact]
    public void AtariWorldModelWith6ActionsHasTv9Counts()
    {
        var summary = NetworkSummary.Of(TestWorldModels.Atari(actions: 6));

        Assert.Equal(5_657_648, summary.CountOf("rssm"));
        Assert.Equal(19_968_179, summary.Total);
    }

    [Fact]
    public void DmcVisionWorldModelHasTv9Counts()
    {
        var model = TestWorldModels.DmcVision(actions: 6);
        var summary = NetworkSummary.Of(model);

        Assert.Equal(1_551_312, summary.CountOf("encoder"));
        Assert.Equal(1_247_248, summary.CountOf("rssm"));
        Assert.Equal(9_886_611, summary.CountOf("decoder"));
        Assert.Equal(971_601, summary.CountOf("reward"));
        Assert.Equal(0, summary.CountOf("discount"));
        Assert.False(model.HasDiscountHead);
        Assert.Equal(1224, model.Rssm.FeatureSize);
    }
}
