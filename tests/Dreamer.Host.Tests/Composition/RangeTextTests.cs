using System.ComponentModel.DataAnnotations;
using Dreamer.Host.Composition;

namespace Dreamer.Host.Tests.Composition;

public sealed class RangeTextTests
{
    [Fact]
    public void ABoundedRangeNamesBothEnds() => Assert.Equal("2 to 1000", OptionValueConverter.RangeText(new RangeAttribute(2, 1000)));

    [Fact]
    public void AnExcludedEndIsNamed() =>
        Assert.Equal("0 to 1, excluding 0", OptionValueConverter.RangeText(new RangeAttribute(0.0, 1.0) { MinimumIsExclusive = true }));

    [Fact]
    public void AMaximumAsLargeAsALongsReadsAsALowerBound()
    {
        Assert.Equal("at least 1", OptionValueConverter.RangeText(new RangeAttribute(1, long.MaxValue)));
        Assert.Equal("at least 0", OptionValueConverter.RangeText(new RangeAttribute(0, double.MaxValue)));
        Assert.Equal("above 0", OptionValueConverter.RangeText(new RangeAttribute(0, double.MaxValue) { MinimumIsExclusive = true }));
    }
}
