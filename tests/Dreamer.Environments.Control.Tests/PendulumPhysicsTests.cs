namespace Dreamer.Environments.Control.Tests;

/// <summary>The pendulum's step is Gymnasium Pendulum-v1's update, worked by hand; the reward is (1 + cos θ)/2.</summary>
public sealed class PendulumPhysicsTests
{
    [Fact]
    public void OneStepIsTheSemiImplicitEulerUpdateWithTheTorqueClipped()
    {
        // θ = 0.5, θ̇ = 1, u = 3 → clipped to 2: θ̈ = 15·sin 0.5 + 3·2 = 13.19138; θ̇' = 1 + 0.05·θ̈ = 1.659569;
        // θ' = 0.5 + 0.05·θ̇' = 0.5829785.
        var (angle, velocity) = PendulumPhysics.Step(0.5, 1.0, 3.0);

        Assert.Equal(1.0 + 0.05 * (15 * Math.Sin(0.5) + 6), velocity, 12);
        Assert.Equal(1.659569, velocity, 6);
        Assert.Equal(0.5829785, angle, 6);
    }

    [Fact]
    public void TheVelocityIsClippedToEightAndTheAngleWrapsIntoMinusPiToPi()
    {
        var (angle, velocity) = PendulumPhysics.Step(Math.PI - 0.01, 7.9, 2.0);

        Assert.Equal(PendulumPhysics.MaxSpeed, velocity);
        Assert.Equal(Math.PI - 0.01 + 0.4 - 2 * Math.PI, angle, 12);
        Assert.InRange(angle, -Math.PI, Math.PI);
    }

    [Fact]
    public void UprightIsAnUnstableBalanceAndHangingDownAStableOne()
    {
        Assert.Equal((0.0, 0.0), PendulumPhysics.Step(0, 0, 0));
        var (tilted, _) = PendulumPhysics.Step(0.01, 0, 0);
        var (down, downVelocity) = PendulumPhysics.Step(Math.PI - 0.01, 0, 0);
        Assert.True(tilted > 0.01, "a tilted upright pendulum falls further");
        Assert.True(downVelocity > 0 && down > Math.PI - 0.01, "a pendulum just left of the bottom swings back towards it");
    }

    [Theory]
    [InlineData(0.0, 1.0)]
    [InlineData(Math.PI, 0.0)]
    [InlineData(Math.PI / 2, 0.5)]
    [InlineData(-Math.PI / 3, 0.75)]
    public void TheRewardIsOneUprightAndZeroHangingDown(double angle, double reward) =>
        Assert.Equal(reward, PendulumPhysics.Reward(angle), 12);
}
