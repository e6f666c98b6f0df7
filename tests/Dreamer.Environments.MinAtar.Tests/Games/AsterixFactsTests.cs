using Dreamer.Environments.MinAtar.Games;

namespace Dreamer.Environments.MinAtar.Tests.Games;

/// <summary>minatar.md §7 Asterix facts and §3 rules.</summary>
public sealed class AsterixFactsTests
{
    [Fact]
    public void SpawnsHappenAtSteps11And21And31()
    {
        var game = new AsterixGame(new MinAtarRandom(11), ramping: true);
        game.Reset();
        var spawnSteps = new List<int>();
        for (var step = 1; step <= 35; step++)
        {
            var before = game.SpawnAttempts;
            game.ClearSlots();
            game.Act(MinAtarAction.NoOp);
            if (game.SpawnAttempts > before)
            {
                spawnSteps.Add(step);
            }
        }

        Assert.Equal([11, 21, 31], spawnSteps);
    }

    [Fact]
    public void RampsHappenAtSteps102And204And306WithTheReferenceSpeeds()
    {
        var game = new AsterixGame(new MinAtarRandom(11), ramping: true);
        game.Reset();
        var ramps = new List<(int Step, int Spawn, int Move)>();
        for (var step = 1; step <= 320; step++)
        {
            var before = game.RampIndex;
            game.ClearSlots();
            game.Act(MinAtarAction.NoOp);
            if (game.RampIndex > before)
            {
                ramps.Add((step, game.SpawnSpeed, game.MoveSpeed));
            }
        }

        Assert.False(game.IsTerminal);
        Assert.Equal([(102, 9, 5), (204, 8, 4), (306, 7, 4)], ramps);
    }

    [Fact]
    public void RampingStopsAfterTheNinthRampWithBothSpeedsAtOne()
    {
        var game = new AsterixGame(new MinAtarRandom(11), ramping: true);
        game.Reset();
        var lastRamp = 0;
        for (var step = 1; step <= 1500; step++)
        {
            var before = game.RampIndex;
            game.ClearSlots();
            game.Act(MinAtarAction.NoOp);
            if (game.RampIndex > before)
            {
                lastRamp = step;
            }
        }

        Assert.Equal(918, lastRamp);
        Assert.Equal(9, game.RampIndex);
        Assert.Equal((1, 1), (game.SpawnSpeed, game.MoveSpeed));
    }

    [Fact]
    public void WithoutRampingTheSpeedsStay()
    {
        var game = new AsterixGame(new MinAtarRandom(11), ramping: false);
        game.Reset();
        for (var step = 1; step <= 400; step++)
        {
            game.ClearSlots();
            game.Act(MinAtarAction.NoOp);
        }

        Assert.Equal((10, 5, 0), (game.SpawnSpeed, game.MoveSpeed, game.RampIndex));
    }

    [Fact]
    public void EntitiesMoveEveryFiveStepsStartingAtStep6()
    {
        var game = new AsterixGame(new MinAtarRandom(11), ramping: true);
        game.Reset();
        var reloads = new List<int>();
        for (var step = 1; step <= 10; step++)
        {
            var before = game.MoveTimer;
            game.Act(MinAtarAction.NoOp);
            if (game.MoveTimer > before)
            {
                reloads.Add(step);
            }
        }

        Assert.Equal([6], reloads);
        Assert.Equal(0, game.MoveTimer);
        game.Act(MinAtarAction.NoOp);
        var spawned = Enumerable.Range(0, 8).Select(game.Slot).Single(entity => entity.Active);
        Assert.Equal(spawned.MovingRight ? 1 : 8, spawned.X);
    }
}
