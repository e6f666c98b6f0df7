using Dreamer.Training.Loop;

namespace Dreamer.Training.Tests.Loop;

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

    [Theory]
    [InlineData(16, 4)]
    [InlineData(2, 4)]
    [InlineData(3, 8)]
    [InlineData(5, 1)]
    public void FiringBetweenStepsMatchesCountingOneStepAtATime(long period, int envs)
    {
        var single = new Every(period);
        var batched = new Every(period);
        var expected = Enumerable.Range(1, 400).Count(step => single.Fire(step));
        var fired = 0;
        for (var step = 0; step < 400; step += envs) fired += batched.FireBetween(step, step + envs);
        Assert.Equal(expected, fired);
        Assert.Equal(single.Last, batched.Last);
        Assert.Equal(expected, 1 + (400 - 1) / (int)period);
    }
}
