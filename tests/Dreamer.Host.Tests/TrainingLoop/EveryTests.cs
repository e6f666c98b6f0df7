using Dreamer.Host.Training;

namespace Dreamer.Host.Tests.TrainingLoop;

public sealed class EveryTests
{
    [Fact]
    public void FiresOnFirstCallThenEverySixteenSteps()
    {
        var every = new Every(16);
        var fired = Enumerable.Range(50001, 50).Where(step => every.Fire(step)).ToArray();
        Assert.Equal([50001, 50017, 50033, 50049], fired);
    }

    [Fact]
    public void AdvancesByThePeriodNotToTheStep()
    {
        var every = new Every(10);
        Assert.True(every.Fire(0));
        Assert.True(every.Fire(25));
        Assert.Equal(10, every.Last);
        Assert.True(every.Fire(25));
        Assert.False(every.Fire(25));
    }

    [Fact]
    public void ZeroPeriodNeverFires()
    {
        var every = new Every(0);
        Assert.False(every.Fire(0));
        Assert.False(every.Fire(100));
    }
}
