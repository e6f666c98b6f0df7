using Dreamer.Environments.MinAtar.Games;

namespace Dreamer.Environments.MinAtar.Tests.Games;

/// <summary>minatar.md §7 Freeway facts and §4 rules.</summary>
public sealed class FreewayFactsTests
{
    [Fact]
    public void ACarWithSpeedSMovesAtMultiplesOfSPlusOne()
    {
        var game = new FreewayGame(new MinAtarRandom(21));
        game.Reset();
        var moves = Enumerable.Range(0, 8).Select(_ => new List<int>()).ToArray();
        for (var step = 1; step <= 30; step++)
        {
            var before = Enumerable.Range(0, 8).Select(index => game.Car(index).X).ToArray();
            game.Act(MinAtarAction.NoOp);
            for (var index = 0; index < 8; index++)
            {
                if (game.Car(index).X != before[index])
                {
                    moves[index].Add(step);
                }
            }
        }

        for (var index = 0; index < 8; index++)
        {
            var period = Math.Abs(game.Car(index).Speed) + 1;
            Assert.Equal(Enumerable.Range(1, 30 / period).Select(k => k * period), moves[index]);
        }
    }

    [Fact]
    public void CarSpeedsCoverOneToFiveAndBothDirections()
    {
        var game = new FreewayGame(new MinAtarRandom(4));
        var speeds = new HashSet<int>();
        for (var episode = 0; episode < 20; episode++)
        {
            game.Reset();
            for (var index = 0; index < 8; index++)
            {
                Assert.Equal(0, game.Car(index).X);
                Assert.Equal(Math.Abs(game.Car(index).Speed), game.Car(index).Countdown);
                speeds.Add(game.Car(index).Speed);
            }
        }

        Assert.Equal([-5, -4, -3, -2, -1, 1, 2, 3, 4, 5], speeds.Order());
    }

    [Fact]
    public void TheChickenHoldingUpMovesAtSteps4And7And10And13()
    {
        var game = new FreewayGame(new MinAtarRandom(2));
        game.Reset();
        var moves = new List<int>();
        for (var step = 1; step <= 14; step++)
        {
            var before = game.Position;
            game.Act(MinAtarAction.Up);
            if (game.Position == before - 1)
            {
                moves.Add(step);
            }
        }

        Assert.Equal([4, 7, 10, 13], moves);
    }

    [Fact]
    public void AnEpisodeLasts2501Steps()
    {
        using var environment = Play.Create("freeway");
        Assert.Equal(2501, Play.Constant(environment, (int)MinAtarAction.Up).Length);
        Assert.Equal(2501, Play.Constant(environment, (int)MinAtarAction.NoOp).Length);
    }

    [Fact]
    public void ReachingTheTopScoresAndReturnsTheChickenToTheBottom()
    {
        using var environment = Play.Create("freeway", seed: 2);
        var (total, _) = Play.Constant(environment, (int)MinAtarAction.Up);
        Assert.InRange(total, 1, 2501 / 27);
    }
}
