using Dreamer.Abstractions.Environments;
using Dreamer.Environments.MinAtar.Games;

namespace Dreamer.Environments.MinAtar.Tests;

/// <summary>
/// Long random rollouts of every game: positions stay on the board and each game's channels obey its rules
/// (minatar.md §2–§6).
/// </summary>
public sealed class ChannelInvariantTests
{
    private const int Steps = 20_000;

    private static void Roll(string game, Action<MinAtarEnvironment, byte[]> check)
    {
        using var environment = Play.Create(game, new MinAtarOptions(), seed: 99);
        var random = new Random(5);
        var step = environment.Reset();
        check(environment, step.Observation.Bytes.ToArray());
        for (var count = 0; count < Steps; count++)
        {
            step = step.IsLast ? environment.Reset() : Play.Step(environment, random.Next(6));
            var grid = step.Observation.Bytes.ToArray();
            Assert.All(grid, value => Assert.True(value <= 1));
            check(environment, grid);
        }
    }

    [Fact]
    public void BreakoutHasOnePaddleOneBallAndBricksOnlyInRowsOneToThree()
    {
        Roll("breakout", (environment, grid) =>
        {
            var paddle = Assert.Single(Grid.Cells(grid, 0));
            Assert.Equal(9, paddle.Y);
            Assert.Single(Grid.Cells(grid, 1));
            Assert.Single(Grid.Cells(grid, 2));
            Assert.All(Grid.Cells(grid, 3), brick => Assert.InRange(brick.Y, 1, 3));
            var game = (BreakoutGame)environment.Game;
            Assert.Equal(game.BrickCount, Grid.Cells(grid, 3).Count);
        });
    }

    [Fact]
    public void AsterixHasOnePlayerInRowsOneToEightAndAtMostOneEntityPerRow()
    {
        Roll("asterix", (_, grid) =>
        {
            var player = Assert.Single(Grid.Cells(grid, 0));
            Assert.InRange(player.Y, 1, 8);
            var entities = Grid.Cells(grid, 1).Concat(Grid.Cells(grid, 3)).ToList();
            Assert.All(entities, entity => Assert.InRange(entity.Y, 1, 8));
            Assert.Equal(entities.Count, entities.Select(entity => entity.Y).Distinct().Count());
            Assert.All(Grid.Cells(grid, 2), trail => Assert.Contains(entities, entity => entity.Y == trail.Y && Math.Abs(entity.X - trail.X) == 1));
        });
    }

    [Fact]
    public void FreewayHasTheChickenInColumnFourAndOneCarWithOneTrailPerLane()
    {
        Roll("freeway", (environment, grid) =>
        {
            var chicken = Assert.Single(Grid.Cells(grid, 0));
            Assert.Equal(4, chicken.X);
            Assert.InRange(chicken.Y, 1, 9);
            Assert.Equal(Enumerable.Range(1, 8), Grid.Cells(grid, 1).Select(car => car.Y).Order());
            var trails = Enumerable.Range(2, 5).SelectMany(channel => Grid.Cells(grid, channel)).ToList();
            Assert.Equal(Enumerable.Range(1, 8), trails.Select(trail => trail.Y).Order());
            var game = (FreewayGame)environment.Game;
            for (var index = 0; index < 8; index++)
            {
                var car = game.Car(index);
                Assert.InRange(Math.Abs(car.Speed), 1, 5);
                Assert.InRange(car.Countdown, 0, Math.Abs(car.Speed));
                Assert.True(Grid.At(grid, 1 + Math.Abs(car.Speed), (car.X - Math.Sign(car.Speed) + 10) % 10, index + 1));
            }
        });
    }

    [Fact]
    public void SeaquestKeepsTheSubAboveRowNineAndEnemiesOutOfRowZero()
    {
        Roll("seaquest", (environment, grid) =>
        {
            var front = Assert.Single(Grid.Cells(grid, 0));
            Assert.InRange(front.Y, 0, 8);
            Assert.All(Grid.Cells(grid, 1), back => Assert.Equal((front.Y, 1), (back.Y, Math.Abs(back.X - front.X))));
            foreach (var channel in new[] { 4, 5, 6, 9 })
            {
                Assert.All(Grid.Cells(grid, channel), cell => Assert.InRange(cell.Y, 1, 8));
            }

            Assert.All(Grid.Cells(grid, 7).Concat(Grid.Cells(grid, 8)), cell => Assert.Equal(9, cell.Y));
            var game = (SeaquestGame)environment.Game;
            Assert.InRange(game.Oxygen, -1, 200);
            Assert.InRange(game.DiverCount, -1, 6);
            Assert.Equal(Math.Max(0, game.Oxygen) * 10 / 200, Grid.Cells(grid, 7).Count);
            Assert.Equal(Math.Max(0, game.DiverCount), Grid.Cells(grid, 8).Count);
        });
    }

    [Fact]
    public void SpaceInvadersMirrorsTheAliensInExactlyOneDirectionChannel()
    {
        Roll("space-invaders", (environment, grid) =>
        {
            var cannon = Assert.Single(Grid.Cells(grid, 0));
            Assert.Equal(9, cannon.Y);
            var aliens = Grid.Cells(grid, 1);
            var game = (SpaceInvadersGame)environment.Game;
            var (moving, other) = game.AlienDirection < 0 ? (2, 3) : (3, 2);
            Assert.Equal(aliens, Grid.Cells(grid, moving));
            Assert.Empty(Grid.Cells(grid, other));
            Assert.Equal(game.AlienCount, aliens.Count);
            Assert.InRange(game.MoveInterval, 6, 12);
        });
    }

    [Theory]
    [InlineData("breakout", 4)]
    [InlineData("asterix", 4)]
    [InlineData("freeway", 7)]
    [InlineData("seaquest", 10)]
    [InlineData("space-invaders", 6)]
    public void TheGridSpaceHasTheGameChannels(string game, int channels)
    {
        using var environment = Play.Create(game);
        Assert.Equal(new BoxSpace([channels, 10, 10], ElementType.UInt8, 0, 1), environment.ObservationSpace);
        Assert.Equal(channels * 100, environment.Reset().Observation.Bytes.Length);
    }
}
