using Dreamer.Environments.MinAtar.Games;

namespace Dreamer.Environments.MinAtar.Tests.Games;

/// <summary>minatar.md §7 Breakout facts and §2 rules.</summary>
public sealed class BreakoutFactsTests
{
    [Theory]
    [InlineData(false, MinAtarAction.NoOp, 0, 6)]
    [InlineData(false, MinAtarAction.Left, 0, 6)]
    [InlineData(false, MinAtarAction.Right, 0, 6)]
    [InlineData(true, MinAtarAction.NoOp, 1, 16)]
    [InlineData(true, MinAtarAction.Left, 0, 6)]
    [InlineData(true, MinAtarAction.Right, 0, 6)]
    public void ConstantActionFromEachStartGivesTheReferenceReturnAndLength(bool startRight, MinAtarAction action, float expectedReturn, int expectedLength)
    {
        var game = new BreakoutGame(new MinAtarRandom(3));
        game.ResetWithBall(startRight);
        var total = 0f;
        var length = 0;
        while (!game.IsTerminal && length < 1000)
        {
            total += game.Act(action);
            length++;
        }

        Assert.Equal(expectedReturn, total);
        Assert.Equal(expectedLength, length);
        Assert.Equal(9, game.BallY);
    }

    [Fact]
    public void ResetPlacesThirtyBricksAndTheBallOnEitherSide()
    {
        var game = new BreakoutGame(new MinAtarRandom(5));
        var sides = new HashSet<int>();
        for (var episode = 0; episode < 40; episode++)
        {
            game.Reset();
            Assert.Equal(30, game.BrickCount);
            Assert.Equal(3, game.BallY);
            Assert.Equal(4, game.Paddle);
            Assert.Equal(game.BallX == 0 ? 2 : 3, game.Direction);
            sides.Add(game.BallX);
        }

        Assert.Equal([0, 9], sides.Order());
    }

    [Fact]
    public void ActingOnATerminalGameChangesNothing()
    {
        var game = new BreakoutGame(new MinAtarRandom(3));
        game.ResetWithBall(startRight: false);
        while (!game.IsTerminal)
        {
            game.Act(MinAtarAction.NoOp);
        }

        var (x, y, paddle) = (game.BallX, game.BallY, game.Paddle);
        Assert.Equal(0f, game.Act(MinAtarAction.Left));
        Assert.Equal((x, y, paddle), (game.BallX, game.BallY, game.Paddle));
        Assert.True(game.IsTerminal);
    }
}
