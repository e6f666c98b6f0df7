using Dreamer.Abstractions.Components;
using Dreamer.Abstractions.Environments;

namespace MyEnv;

/// <summary>
/// Catch on a 10×10 grid (dreamerv2.md §7): a ball falls from a random column of the top row, one row per step; the
/// paddle on the bottom row moves left, stays or moves right (three discrete actions). Reward +1 when the ball reaches
/// the bottom row on the paddle, −1 when it misses; the episode ends, terminally, after its last ball. The observation
/// is a uint8 grid [1, 10, 10] with 1 on the ball and the paddle, the layout of MinAtar's grids, so the MinAtar
/// composition's stride-1 convolutions read it.
/// </summary>
[Component("environment.my-env", Summary = "Catch: move the paddle under the falling ball; +1 caught, -1 missed.")]
public sealed class MyEnv : IEnvironment
{
    private const int Rows = 10;
    private const int Columns = 10;

    private readonly MyEnvOptions options;
    private readonly Random random;
    private readonly byte[] grid;
    private int ballRow;
    private int ballColumn;
    private int paddle;
    private int ballsLeft;
    private bool ended = true;

    public MyEnv(MyEnvOptions options, EnvironmentContext context)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(context);
        this.options = options;
        random = new Random(unchecked((context.Seed * 7919) + context.Index));
        grid = new byte[Rows * Columns];
        ObservationSpace = new BoxSpace([1, Rows, Columns], ElementType.UInt8, 0, 1);
    }

    /// <inheritdoc />
    public Space ObservationSpace { get; }

    /// <inheritdoc />
    public Space ActionSpace { get; } = new DiscreteSpace(3);

    /// <inheritdoc />
    public TimeStep Reset()
    {
        paddle = Columns / 2;
        ballsLeft = options.Balls;
        ended = false;
        DropBall();
        return new TimeStep(Render(), 0, IsFirst: true, IsLast: false, IsTerminal: false);
    }

    /// <inheritdoc />
    public TimeStep Step(ReadOnlySpan<float> action)
    {
        if (ended) throw new InvalidOperationException("The episode has ended; call Reset first.");
        paddle = Math.Clamp(paddle + (int)action[0] - 1, 0, Columns - 1);
        ballRow += 1;
        var reward = 0f;
        if (ballRow == Rows - 1)
        {
            reward = ballColumn == paddle ? 1 : -1;
            ballsLeft -= 1;
            ended = ballsLeft == 0;
        }
        var observation = Render();
        if (reward != 0 && !ended) DropBall();
        return new TimeStep(observation, reward, IsFirst: false, IsLast: ended, IsTerminal: ended);
    }

    /// <inheritdoc />
    public void Dispose()
    {
    }

    private void DropBall()
    {
        ballRow = 0;
        ballColumn = random.Next(Columns);
    }

    private Observation Render()
    {
        Array.Clear(grid);
        grid[ballRow * Columns + ballColumn] = 1;
        grid[(Rows - 1) * Columns + paddle] = 1;
        return Observation.FromBytes(grid);
    }
}
