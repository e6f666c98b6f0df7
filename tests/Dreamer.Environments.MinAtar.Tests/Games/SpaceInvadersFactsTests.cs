using Dreamer.Environments.MinAtar.Games;

namespace Dreamer.Environments.MinAtar.Tests.Games;

/// <summary>minatar.md §7 Space Invaders facts and §6 rules.</summary>
public sealed class SpaceInvadersFactsTests
{
    [Theory]
    [InlineData(MinAtarAction.NoOp, 0, 17)]
    [InlineData(MinAtarAction.Fire, 3, 18)]
    [InlineData(MinAtarAction.Left, 0, 37)]
    public void ConstantActionFromResetGivesTheReferenceReturnAndLength(MinAtarAction action, double expectedReturn, int expectedLength)
    {
        using var environment = Play.Create("space-invaders");
        var (total, length) = Play.Constant(environment, (int)action);
        Assert.Equal(expectedReturn, total);
        Assert.Equal(expectedLength, length);
    }

    [Fact]
    public void FirstAlienShotAtStep11AndFirstSwarmMoveAtStep13()
    {
        var game = new SpaceInvadersGame(new MinAtarRandom(1), ramping: true);
        game.Reset();
        var firstShot = 0;
        var firstMove = 0;
        for (var step = 1; step <= 13; step++)
        {
            game.Act(MinAtarAction.NoOp);
            if (firstShot == 0 && Enumerable.Range(0, 100).Any(cell => game.HasEnemyBullet(cell % 10, cell / 10)))
            {
                firstShot = step;
            }

            if (firstMove == 0 && !game.HasAlien(7, 0))
            {
                firstMove = step;
            }
        }

        Assert.Equal(11, firstShot);
        Assert.Equal(13, firstMove);
        Assert.True(game.HasAlien(1, 0));
    }

    [Fact]
    public void ALoneAlienMovesEveryStep()
    {
        var game = new SpaceInvadersGame(new MinAtarRandom(1), ramping: true);
        game.Reset();
        game.KeepAliens((x, y) => x == 4 && y == 0);
        for (var step = 1; step <= 12; step++)
        {
            game.Act(MinAtarAction.NoOp);
        }

        Assert.True(game.HasAlien(4, 0));
        for (var column = 3; column >= 1; column--)
        {
            game.Act(MinAtarAction.NoOp);
            Assert.True(game.HasAlien(column, 0));
            Assert.Equal(1, game.AlienCount);
        }
    }

    [Fact]
    public void ClearingAWaveRampsAndRefillsTheSwarm()
    {
        var game = new SpaceInvadersGame(new MinAtarRandom(1), ramping: true);
        game.Reset();
        game.KeepAliens((x, y) => x == 5 && y == 3);
        var reward = 0f;
        for (var step = 0; step < 12 && reward == 0; step++)
        {
            reward += game.Act(MinAtarAction.Fire);
        }

        Assert.Equal(1f, reward);
        Assert.Equal(24, game.AlienCount);
        Assert.Equal(11, game.MoveInterval);
        Assert.Equal(1, game.RampIndex);
    }

    [Fact]
    public void WithoutRampingTheMoveIntervalStays()
    {
        var game = new SpaceInvadersGame(new MinAtarRandom(1), ramping: false);
        game.Reset();
        game.KeepAliens((x, y) => x == 5 && y == 3);
        var reward = 0f;
        for (var step = 0; step < 12 && reward == 0; step++)
        {
            reward += game.Act(MinAtarAction.Fire);
        }

        Assert.Equal(24, game.AlienCount);
        Assert.Equal(12, game.MoveInterval);
    }

    [Fact]
    public void SpaceInvadersUsesNoGameRandomness()
    {
        var first = Play.Create("space-invaders", seed: 1);
        var second = Play.Create("space-invaders", seed: 2);
        first.Reset();
        second.Reset();
        for (var step = 0; step < 15; step++)
        {
            var action = step % 4 == 0 ? 5 : step % 3;
            var a = Play.Step(first, action);
            var b = Play.Step(second, action);
            Assert.Equal(a.Observation.Bytes.ToArray(), b.Observation.Bytes.ToArray());
        }
    }
}
