namespace Dreamer.Environments.MinAtar.Games;

/// <summary>
/// Breakout (minatar.md §2). Channels: 0 paddle, 1 ball, 2 trail, 3 brick. Ball directions
/// 0 up-left, 1 up-right, 2 down-right, 3 down-left.
/// </summary>
internal sealed class BreakoutGame(MinAtarRandom random) : MinAtarGame(random, ramping: false)
{
    private static readonly MinAtarAction[] Minimal = [MinAtarAction.NoOp, MinAtarAction.Left, MinAtarAction.Right];
    private static readonly int[] DirectionX = [-1, 1, 1, -1];
    private static readonly int[] DirectionY = [-1, -1, 1, 1];

    private readonly bool[] bricks = new bool[Size * Size];
    private int brickCount;

    public override int Channels => 4;

    public override IReadOnlyList<MinAtarAction> MinimalActions => Minimal;

    public int Paddle { get; private set; }

    public int BallX { get; private set; }

    public int BallY { get; private set; }

    public int Direction { get; private set; }

    public int LastX { get; private set; }

    public int LastY { get; private set; }

    public bool Striking { get; private set; }

    public int BrickCount => brickCount;

    public bool HasBrick(int x, int y) => bricks[y * Size + x];

    /// <summary>Starts an episode with the ball on the chosen side instead of drawing it.</summary>
    public void ResetWithBall(bool startRight)
    {
        IsTerminal = false;
        Place(startRight);
    }

    protected override void ResetState() => Place(Random.Below(2) == 1);

    protected override float Advance(MinAtarAction action)
    {
        if (action == MinAtarAction.Left)
        {
            Paddle = Math.Max(0, Paddle - 1);
        }
        else if (action == MinAtarAction.Right)
        {
            Paddle = Math.Min(Size - 1, Paddle + 1);
        }

        LastX = BallX;
        LastY = BallY;
        var nextX = BallX + DirectionX[Direction];
        var nextY = BallY + DirectionY[Direction];
        if (nextX < 0 || nextX >= Size)
        {
            nextX = Math.Clamp(nextX, 0, Size - 1);
            Direction ^= 1;
        }

        var reward = 0f;
        var hit = false;
        if (nextY < 0)
        {
            nextY = 0;
            Direction = 3 - Direction;
        }
        else if (bricks[nextY * Size + nextX])
        {
            hit = true;
            if (!Striking)
            {
                reward = 1f;
                Striking = true;
                bricks[nextY * Size + nextX] = false;
                brickCount--;
                nextY = LastY;
                Direction = 3 - Direction;
            }
        }
        else if (nextY == Size - 1)
        {
            if (brickCount == 0)
            {
                FillBricks();
            }

            if (BallX == Paddle)
            {
                Direction = 3 - Direction;
                nextY = LastY;
            }
            else if (nextX == Paddle)
            {
                Direction ^= 2;
                nextY = LastY;
            }
            else
            {
                IsTerminal = true;
            }
        }

        if (!hit)
        {
            Striking = false;
        }

        BallX = nextX;
        BallY = nextY;
        return reward;
    }

    public override void Render(Span<byte> grid)
    {
        Mark(grid, 0, Paddle, Size - 1);
        Mark(grid, 1, BallX, BallY);
        Mark(grid, 2, LastX, LastY);
        var bricks = grid.Slice(3 * Size * Size, Size * Size);
        for (var cell = Size; cell < 4 * Size; cell++)
        {
            bricks[cell] = this.bricks[cell] ? (byte)1 : (byte)0;
        }
    }

    private void Place(bool startRight)
    {
        Array.Clear(bricks);
        FillBricks();
        Paddle = 4;
        BallY = 3;
        BallX = startRight ? Size - 1 : 0;
        Direction = startRight ? 3 : 2;
        LastX = BallX;
        LastY = BallY;
        Striking = false;
    }

    private void FillBricks()
    {
        Array.Fill(bricks, true, Size, 3 * Size);
        brickCount = 3 * Size;
    }
}
