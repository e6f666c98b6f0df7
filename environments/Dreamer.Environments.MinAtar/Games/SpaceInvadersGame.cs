namespace Dreamer.Environments.MinAtar.Games;

/// <summary>
/// Space Invaders (minatar.md §6). Channels: 0 cannon, 1 alien, 2 alien while the swarm moves left, 3 alien while
/// it moves right, 4 friendly bullet, 5 enemy bullet. No randomness besides sticky actions.
/// </summary>
internal sealed class SpaceInvadersGame(MinAtarRandom random, bool ramping) : MinAtarGame(random, ramping)
{
    public const int ShotCooldown = 5;
    public const int InitialMoveInterval = 12;
    public const int MinimumMoveInterval = 6;
    public const int EnemyShotInterval = 10;

    private const int Cells = Size * Size;
    private const int Bottom = Size - 1;

    private static readonly MinAtarAction[] Minimal =
        [MinAtarAction.NoOp, MinAtarAction.Left, MinAtarAction.Right, MinAtarAction.Fire];

    private readonly bool[] aliens = new bool[Cells];
    private readonly bool[] friendlyBullets = new bool[Cells];
    private readonly bool[] enemyBullets = new bool[Cells];
    private int alienCount;

    public override int Channels => 6;

    public override IReadOnlyList<MinAtarAction> MinimalActions => Minimal;

    public int Position { get; private set; }

    public int AlienDirection { get; private set; }

    public int MoveInterval { get; private set; }

    public int AlienMoveTimer { get; private set; }

    public int AlienShotTimer { get; private set; }

    public int ShotTimer { get; private set; }

    public int RampIndex { get; private set; }

    public int AlienCount => alienCount;

    public bool HasAlien(int x, int y) => aliens[y * Size + x];

    public bool HasEnemyBullet(int x, int y) => enemyBullets[y * Size + x];

    /// <summary>Keeps only the aliens for which <paramref name="keep"/> holds (for scenario tests).</summary>
    public void KeepAliens(Func<int, int, bool> keep)
    {
        for (var cell = 0; cell < Cells; cell++)
        {
            if (aliens[cell] && !keep(cell % Size, cell / Size))
            {
                aliens[cell] = false;
                alienCount--;
            }
        }
    }

    protected override void ResetState()
    {
        Position = 5;
        Array.Clear(aliens);
        Array.Clear(friendlyBullets);
        Array.Clear(enemyBullets);
        FillWave();
        AlienDirection = -1;
        MoveInterval = AlienMoveTimer = InitialMoveInterval;
        AlienShotTimer = EnemyShotInterval;
        ShotTimer = 0;
        RampIndex = 0;
    }

    protected override float Advance(MinAtarAction action)
    {
        if (action == MinAtarAction.Fire && ShotTimer == 0)
        {
            friendlyBullets[Bottom * Size + Position] = true;
            ShotTimer = ShotCooldown;
        }
        else if (action == MinAtarAction.Left)
        {
            Position = Math.Max(0, Position - 1);
        }
        else if (action == MinAtarAction.Right)
        {
            Position = Math.Min(Size - 1, Position + 1);
        }

        ShiftRows(friendlyBullets, up: true);
        ShiftRows(enemyBullets, up: false);
        if (enemyBullets[Bottom * Size + Position] || aliens[Bottom * Size + Position])
        {
            IsTerminal = true;
        }

        if (AlienMoveTimer == 0)
        {
            MoveSwarm();
        }

        if (AlienShotTimer == 0)
        {
            AlienShotTimer = EnemyShotInterval;
            Shoot();
        }

        var reward = 0f;
        for (var cell = 0; cell < Cells; cell++)
        {
            if (aliens[cell] && friendlyBullets[cell])
            {
                aliens[cell] = false;
                friendlyBullets[cell] = false;
                alienCount--;
                reward += 1f;
            }
        }

        if (ShotTimer > 0)
        {
            ShotTimer--;
        }

        AlienMoveTimer--;
        AlienShotTimer--;
        if (alienCount == 0)
        {
            if (Ramping && MoveInterval > MinimumMoveInterval)
            {
                MoveInterval--;
                RampIndex++;
            }

            FillWave();
        }

        return reward;
    }

    public override void Render(Span<byte> grid)
    {
        Mark(grid, 0, Position, Bottom);
        var swarmChannel = AlienDirection < 0 ? 2 : 3;
        for (var cell = 0; cell < Cells; cell++)
        {
            if (aliens[cell])
            {
                grid[Cells + cell] = 1;
                grid[swarmChannel * Cells + cell] = 1;
            }

            if (friendlyBullets[cell])
            {
                grid[4 * Cells + cell] = 1;
            }

            if (enemyBullets[cell])
            {
                grid[5 * Cells + cell] = 1;
            }
        }
    }

    private void MoveSwarm()
    {
        AlienMoveTimer = Math.Min(alienCount, MoveInterval);
        var edgeColumn = AlienDirection < 0 ? 0 : Size - 1;
        if (AnyInColumn(edgeColumn))
        {
            AlienDirection = -AlienDirection;
            if (AnyInRow(Bottom))
            {
                IsTerminal = true;
            }

            ShiftRows(aliens, up: false);
            alienCount = CountAliens();
        }
        else
        {
            ShiftColumns(aliens, AlienDirection);
        }

        if (aliens[Bottom * Size + Position])
        {
            IsTerminal = true;
        }
    }

    /// <summary>The lowest alien of the occupied column nearest the cannon (ties to the lower index) drops a bullet.</summary>
    private void Shoot()
    {
        var bestColumn = -1;
        for (var column = 0; column < Size; column++)
        {
            if (AnyInColumn(column) && (bestColumn < 0 || Math.Abs(column - Position) < Math.Abs(bestColumn - Position)))
            {
                bestColumn = column;
            }
        }

        if (bestColumn < 0)
        {
            return;
        }

        for (var row = Bottom; row >= 0; row--)
        {
            if (aliens[row * Size + bestColumn])
            {
                enemyBullets[row * Size + bestColumn] = true;
                return;
            }
        }
    }

    private void FillWave()
    {
        for (var row = 0; row < 4; row++)
        {
            Array.Fill(aliens, true, row * Size + 2, 6);
        }

        alienCount = CountAliens();
    }

    private int CountAliens()
    {
        var count = 0;
        foreach (var alien in aliens)
        {
            count += alien ? 1 : 0;
        }

        return count;
    }

    private bool AnyInColumn(int column)
    {
        for (var row = 0; row < Size; row++)
        {
            if (aliens[row * Size + column])
            {
                return true;
            }
        }

        return false;
    }

    private bool AnyInRow(int row) => Array.IndexOf(aliens, true, row * Size, Size) >= 0;

    /// <summary>Moves every row one up (row 0 drops out) or one down (row 9 drops out).</summary>
    private static void ShiftRows(bool[] map, bool up)
    {
        if (up)
        {
            Array.Copy(map, Size, map, 0, Cells - Size);
            Array.Clear(map, Cells - Size, Size);
        }
        else
        {
            Array.Copy(map, 0, map, Size, Cells - Size);
            Array.Clear(map, 0, Size);
        }
    }

    /// <summary>Moves every cell one column in <paramref name="direction"/>; the caller ensures none leaves the board.</summary>
    private static void ShiftColumns(bool[] map, int direction)
    {
        for (var row = 0; row < Size; row++)
        {
            var start = row * Size;
            if (direction > 0)
            {
                Array.Copy(map, start, map, start + 1, Size - 1);
                map[start] = false;
            }
            else
            {
                Array.Copy(map, start + 1, map, start, Size - 1);
                map[start + Size - 1] = false;
            }
        }
    }
}
