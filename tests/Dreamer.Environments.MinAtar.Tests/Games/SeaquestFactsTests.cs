using Dreamer.Environments.MinAtar.Games;

namespace Dreamer.Environments.MinAtar.Tests.Games;

/// <summary>minatar.md §7 Seaquest facts and §5 rules.</summary>
public sealed class SeaquestFactsTests
{
    private static SeaquestGame NewGame(bool ramping = true)
    {
        var game = new SeaquestGame(new MinAtarRandom(31), ramping);
        game.Reset();
        return game;
    }

    [Fact]
    public void EnemiesSpawnAtSteps21And41And61AtTheSurface()
    {
        var game = NewGame();
        var spawns = new List<int>();
        for (var step = 1; step <= 70; step++)
        {
            var before = game.EnemySpawnAttempts;
            game.Act(MinAtarAction.NoOp);
            if (game.EnemySpawnAttempts > before)
            {
                spawns.Add(step);
            }
        }

        Assert.Equal([21, 41, 61], spawns);
    }

    [Fact]
    public void DiversSpawnAtSteps31And61()
    {
        var game = NewGame();
        var spawns = new List<int>();
        for (var step = 1; step <= 65; step++)
        {
            game.Act(MinAtarAction.NoOp);
            if (game.Divers.Any(diver => diver.X is 0 or 9 && diver.MoveCountdown == 4))
            {
                spawns.Add(step);
            }
        }

        Assert.Equal([31, 61], spawns);
    }

    [Fact]
    public void AFishInsertedWithCountdown5MovesAtSteps6And12And18()
    {
        var game = NewGame();
        game.AddFish(new SeaquestMover(0, 5, MovingRight: true, MoveCountdown: 5));
        var moves = new List<int>();
        for (var step = 1; step <= 20; step++)
        {
            var before = game.Fish[0].X;
            game.Act(MinAtarAction.NoOp);
            if (game.Fish[0].X != before)
            {
                moves.Add(step);
            }
        }

        Assert.Equal([6, 12, 18], moves);
    }

    [Fact]
    public void AfterDivingAtStep1WithoutEnemiesTheOxygenEndsTheEpisodeAtStep201()
    {
        var game = NewGame();
        var length = 0;
        while (!game.IsTerminal && length < 1000)
        {
            game.ClearEnemies();
            game.Act(length == 0 ? MinAtarAction.Down : MinAtarAction.NoOp);
            length++;
        }

        Assert.Equal(201, length);
        Assert.Equal(1, game.SubY);
    }

    [Fact]
    public void SurfacingWithSixDiversAnd150OxygenGivesSevenAndRamps()
    {
        var game = NewGame();
        game.Act(MinAtarAction.Down);
        game.Oxygen = 150;
        game.DiverCount = 6;
        var reward = game.Act(MinAtarAction.Up);
        Assert.Equal(7f, reward);
        Assert.Equal(200, game.Oxygen);
        Assert.Equal(-1, game.DiverCount);
        Assert.Equal((19, 5), (game.EnemySpawnSpeed, game.MoveSpeed));
        Assert.False(game.IsTerminal);
    }

    [Fact]
    public void SurfacingWithThreeDiversGivesNothingAndLeavesTwo()
    {
        var game = NewGame();
        game.Act(MinAtarAction.Down);
        game.DiverCount = 3;
        Assert.Equal(0f, game.Act(MinAtarAction.Up));
        Assert.Equal(2, game.DiverCount);
        Assert.Equal(200, game.Oxygen);
        Assert.False(game.IsTerminal);
    }

    [Fact]
    public void SurfacingWithNoDiversEndsTheEpisode()
    {
        var game = NewGame();
        game.Act(MinAtarAction.Down);
        game.Act(MinAtarAction.Up);
        Assert.True(game.IsTerminal);
    }

    [Fact]
    public void SurfacingWithoutRampingKeepsTheSpawnSpeed()
    {
        var game = NewGame(ramping: false);
        game.Act(MinAtarAction.Down);
        game.DiverCount = 2;
        game.Act(MinAtarAction.Up);
        Assert.Equal((20, 5, 0), (game.EnemySpawnSpeed, game.MoveSpeed, game.RampIndex));
    }

    [Fact]
    public void ANoOpAgentAtTheSurfaceSurvives100000Steps()
    {
        using var environment = Play.Create("seaquest");
        environment.Reset();
        for (var step = 0; step < 100_000; step++)
        {
            Assert.False(Play.Step(environment, (int)MinAtarAction.NoOp).IsLast);
        }
    }

    [Fact]
    public void FireDuringCooldownDoesNothingAndTheNextShotComesAfterFiveSteps()
    {
        var game = NewGame();
        var shots = new List<int>();
        for (var step = 1; step <= 11; step++)
        {
            var before = game.ShotTimer;
            game.Act(MinAtarAction.Fire);
            if (game.ShotTimer > before)
            {
                shots.Add(step);
            }
        }

        Assert.Equal([1, 6, 11], shots);
        Assert.Equal((5, 0), (game.SubX, game.SubY));
    }
}
