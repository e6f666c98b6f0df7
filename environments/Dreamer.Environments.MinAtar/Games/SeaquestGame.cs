using System.Runtime.InteropServices;

namespace Dreamer.Environments.MinAtar.Games;

/// <summary>
/// Seaquest (minatar.md §5). Channels: 0 sub front, 1 sub back, 2 friendly bullet, 3 trail, 4 enemy bullet,
/// 5 enemy fish, 6 enemy sub, 7 oxygen gauge, 8 diver gauge, 9 diver. Lists keep insertion order; every update
/// pass walks them newest first.
/// </summary>
internal sealed class SeaquestGame(MinAtarRandom random, bool ramping) : MinAtarGame(random, ramping)
{
    public const int MaxOxygen = 200;
    public const int InitialSpawnSpeed = 20;
    public const int DiverSpawnSpeed = 30;
    public const int InitialMoveSpeed = 5;
    public const int ShotCooldown = 5;
    public const int EnemyShotInterval = 10;
    public const int DiverMoveInterval = 5;
    public const int MaxDivers = 6;

    private static readonly MinAtarAction[] Minimal =
        [MinAtarAction.NoOp, MinAtarAction.Left, MinAtarAction.Up, MinAtarAction.Right, MinAtarAction.Down, MinAtarAction.Fire];

    private readonly List<SeaquestMover> friendlyBullets = new(16);
    private readonly List<SeaquestMover> enemyBullets = new(16);
    private readonly List<SeaquestMover> fish = new(16);
    private readonly List<SeaquestMover> subs = new(16);
    private readonly List<SeaquestMover> divers = new(16);

    public override int Channels => 10;

    public override IReadOnlyList<MinAtarAction> MinimalActions => Minimal;

    public int SubX { get; private set; }

    public int SubY { get; private set; }

    public bool FacingRight { get; private set; }

    public int Oxygen { get; set; }

    public int DiverCount { get; set; }

    public int EnemySpawnSpeed { get; private set; }

    public int EnemySpawnTimer { get; private set; }

    public int DiverSpawnTimer { get; private set; }

    public int MoveSpeed { get; private set; }

    public int RampIndex { get; private set; }

    public int ShotTimer { get; private set; }

    public bool AtSurface { get; private set; }

    public int EnemySpawnAttempts { get; private set; }

    public IReadOnlyList<SeaquestMover> FriendlyBullets => friendlyBullets;

    public IReadOnlyList<SeaquestMover> EnemyBullets => enemyBullets;

    public IReadOnlyList<SeaquestMover> Fish => fish;

    public IReadOnlyList<SeaquestMover> EnemySubs => subs;

    public IReadOnlyList<SeaquestMover> Divers => divers;

    /// <summary>Adds an enemy fish as a spawn would.</summary>
    public void AddFish(SeaquestMover fish) => this.fish.Add(fish);

    /// <summary>Removes every fish, enemy sub and enemy bullet (for scenario tests without enemies).</summary>
    public void ClearEnemies()
    {
        fish.Clear();
        subs.Clear();
        enemyBullets.Clear();
    }

    /// <summary>Adds a diver as a spawn would.</summary>
    public void AddDiver(SeaquestMover diver) => divers.Add(diver);

    protected override void ResetState()
    {
        Oxygen = MaxOxygen;
        DiverCount = 0;
        SubX = 5;
        SubY = 0;
        FacingRight = false;
        friendlyBullets.Clear();
        enemyBullets.Clear();
        fish.Clear();
        subs.Clear();
        divers.Clear();
        EnemySpawnSpeed = EnemySpawnTimer = InitialSpawnSpeed;
        DiverSpawnTimer = DiverSpawnSpeed;
        MoveSpeed = InitialMoveSpeed;
        RampIndex = 0;
        ShotTimer = 0;
        AtSurface = true;
        EnemySpawnAttempts = 0;
    }

    protected override float Advance(MinAtarAction action)
    {
        var reward = 0f;
        if (EnemySpawnTimer == 0)
        {
            SpawnEnemy();
            EnemySpawnTimer = EnemySpawnSpeed;
        }

        if (DiverSpawnTimer == 0)
        {
            SpawnDiver();
            DiverSpawnTimer = DiverSpawnSpeed;
        }

        MovePlayer(action);
        reward += MoveFriendlyBullets();
        MoveDivers();
        reward += MoveEnemySubs();
        MoveEnemyBullets();
        reward += MoveFish();

        if (EnemySpawnTimer > 0)
        {
            EnemySpawnTimer--;
        }

        if (DiverSpawnTimer > 0)
        {
            DiverSpawnTimer--;
        }

        if (ShotTimer > 0)
        {
            ShotTimer--;
        }

        if (Oxygen <= 0)
        {
            IsTerminal = true;
        }

        if (SubY > 0)
        {
            Oxygen--;
            AtSurface = false;
        }
        else if (!AtSurface)
        {
            if (DiverCount == 0)
            {
                IsTerminal = true;
            }
            else
            {
                reward += Surface();
            }
        }

        return reward;
    }

    public override void Render(Span<byte> grid)
    {
        Mark(grid, 0, SubX, SubY);
        var backX = FacingRight ? SubX - 1 : SubX + 1;
        if (OnBoard(backX, SubY))
        {
            Mark(grid, 1, backX, SubY);
        }

        var oxygenCells = Math.Max(0, Oxygen) * Size / MaxOxygen;
        for (var x = 0; x < oxygenCells; x++)
        {
            Mark(grid, 7, x, Size - 1);
        }

        for (var x = Size - 1 - DiverCount; x < Size - 1; x++)
        {
            Mark(grid, 8, x, Size - 1);
        }

        MarkAll(grid, friendlyBullets, 2, trail: false);
        MarkAll(grid, enemyBullets, 4, trail: false);
        MarkAll(grid, fish, 5, trail: true);
        MarkAll(grid, subs, 6, trail: true);
        MarkAll(grid, divers, 9, trail: true);
    }

    private static void MarkAll(Span<byte> grid, List<SeaquestMover> movers, int channel, bool trail)
    {
        foreach (var mover in CollectionsMarshal.AsSpan(movers))
        {
            if (OnBoard(mover.X, mover.Y))
            {
                Mark(grid, channel, mover.X, mover.Y);
            }

            if (trail && OnBoard(mover.BackX, mover.Y))
            {
                Mark(grid, 3, mover.BackX, mover.Y);
            }
        }
    }

    private void SpawnEnemy()
    {
        var movingRight = Random.Uniform() < 0.5;
        var isSub = Random.Uniform() < 1.0 / 3.0;
        var row = 1 + Random.Below(8);
        EnemySpawnAttempts++;
        if (OpposingOnRow(fish, row, movingRight) || OpposingOnRow(subs, row, movingRight))
        {
            return;
        }

        var x = movingRight ? 0 : Size - 1;
        if (isSub)
        {
            subs.Add(new SeaquestMover(x, row, movingRight, MoveSpeed, EnemyShotInterval));
        }
        else
        {
            fish.Add(new SeaquestMover(x, row, movingRight, MoveSpeed));
        }
    }

    private static bool OpposingOnRow(List<SeaquestMover> movers, int row, bool movingRight)
    {
        foreach (var mover in CollectionsMarshal.AsSpan(movers))
        {
            if (mover.Y == row && mover.MovingRight != movingRight)
            {
                return true;
            }
        }

        return false;
    }

    private void SpawnDiver()
    {
        var movingRight = Random.Uniform() < 0.5;
        var row = 1 + Random.Below(8);
        divers.Add(new SeaquestMover(movingRight ? 0 : Size - 1, row, movingRight, DiverMoveInterval));
    }

    private void MovePlayer(MinAtarAction action)
    {
        if (action == MinAtarAction.Fire && ShotTimer == 0)
        {
            friendlyBullets.Add(new SeaquestMover(SubX, SubY, FacingRight));
            ShotTimer = ShotCooldown;
            return;
        }

        switch (action)
        {
            case MinAtarAction.Left:
                SubX = Math.Max(0, SubX - 1);
                FacingRight = false;
                break;
            case MinAtarAction.Right:
                SubX = Math.Min(Size - 1, SubX + 1);
                FacingRight = true;
                break;
            case MinAtarAction.Up:
                SubY = Math.Max(0, SubY - 1);
                break;
            case MinAtarAction.Down:
                SubY = Math.Min(Size - 2, SubY + 1);
                break;
        }
    }

    private float MoveFriendlyBullets()
    {
        var reward = 0f;
        for (var index = friendlyBullets.Count - 1; index >= 0; index--)
        {
            var bullet = friendlyBullets[index];
            bullet.Move();
            if (!OnBoard(bullet.X, bullet.Y))
            {
                friendlyBullets.RemoveAt(index);
            }
            else if (RemoveFirstAt(fish, bullet.X, bullet.Y) || RemoveFirstAt(subs, bullet.X, bullet.Y))
            {
                friendlyBullets.RemoveAt(index);
                reward += 1f;
            }
            else
            {
                friendlyBullets[index] = bullet;
            }
        }

        return reward;
    }

    private void MoveDivers()
    {
        for (var index = divers.Count - 1; index >= 0; index--)
        {
            var diver = divers[index];
            if (OnSub(diver) && DiverCount < MaxDivers)
            {
                divers.RemoveAt(index);
                DiverCount++;
            }
            else if (diver.MoveCountdown == 0)
            {
                diver.MoveCountdown = DiverMoveInterval;
                diver.Move();
                if (!OnBoard(diver.X, diver.Y))
                {
                    divers.RemoveAt(index);
                }
                else if (OnSub(diver) && DiverCount < MaxDivers)
                {
                    divers.RemoveAt(index);
                    DiverCount++;
                }
                else
                {
                    divers[index] = diver;
                }
            }
            else
            {
                diver.MoveCountdown--;
                divers[index] = diver;
            }
        }
    }

    private float MoveEnemySubs()
    {
        var reward = 0f;
        for (var index = subs.Count - 1; index >= 0; index--)
        {
            var sub = subs[index];
            var removed = false;
            if (OnSub(sub))
            {
                IsTerminal = true;
            }

            if (sub.MoveCountdown == 0)
            {
                sub.MoveCountdown = MoveSpeed;
                sub.Move();
                if (!OnBoard(sub.X, sub.Y))
                {
                    removed = true;
                }
                else if (OnSub(sub))
                {
                    IsTerminal = true;
                }
                else if (RemoveFirstAt(friendlyBullets, sub.X, sub.Y))
                {
                    removed = true;
                    reward += 1f;
                }
            }
            else
            {
                sub.MoveCountdown--;
            }

            if (sub.ShotCountdown == 0)
            {
                sub.ShotCountdown = EnemyShotInterval;
                enemyBullets.Add(new SeaquestMover(sub.X, sub.Y, sub.MovingRight));
            }
            else
            {
                sub.ShotCountdown--;
            }

            if (removed)
            {
                subs.RemoveAt(index);
            }
            else
            {
                subs[index] = sub;
            }
        }

        return reward;
    }

    private void MoveEnemyBullets()
    {
        for (var index = enemyBullets.Count - 1; index >= 0; index--)
        {
            var bullet = enemyBullets[index];
            if (OnSub(bullet))
            {
                IsTerminal = true;
            }

            bullet.Move();
            if (!OnBoard(bullet.X, bullet.Y))
            {
                enemyBullets.RemoveAt(index);
                continue;
            }

            if (OnSub(bullet))
            {
                IsTerminal = true;
            }

            enemyBullets[index] = bullet;
        }
    }

    private float MoveFish()
    {
        var reward = 0f;
        for (var index = fish.Count - 1; index >= 0; index--)
        {
            var fish = this.fish[index];
            if (OnSub(fish))
            {
                IsTerminal = true;
            }

            if (fish.MoveCountdown == 0)
            {
                fish.MoveCountdown = MoveSpeed;
                fish.Move();
                if (!OnBoard(fish.X, fish.Y))
                {
                    this.fish.RemoveAt(index);
                    continue;
                }

                if (OnSub(fish))
                {
                    IsTerminal = true;
                }
                else if (RemoveFirstAt(friendlyBullets, fish.X, fish.Y))
                {
                    this.fish.RemoveAt(index);
                    reward += 1f;
                    continue;
                }
            }
            else
            {
                fish.MoveCountdown--;
            }

            this.fish[index] = fish;
        }

        return reward;
    }

    /// <summary>The surface event (minatar.md §5): bonus for a full crew, refill, lose a diver, ramp.</summary>
    private float Surface()
    {
        AtSurface = true;
        var reward = 0f;
        if (DiverCount == MaxDivers)
        {
            DiverCount = 0;
            reward = Oxygen * 10 / MaxOxygen;
        }

        Oxygen = MaxOxygen;
        DiverCount--;
        if (Ramping && (EnemySpawnSpeed > 1 || MoveSpeed > 2))
        {
            if (MoveSpeed > 2 && RampIndex % 2 == 1)
            {
                MoveSpeed--;
            }

            if (EnemySpawnSpeed > 1)
            {
                EnemySpawnSpeed--;
            }

            RampIndex++;
        }

        return reward;
    }

    private bool OnSub(SeaquestMover mover) => mover.X == SubX && mover.Y == SubY;

    private static bool RemoveFirstAt(List<SeaquestMover> movers, int x, int y)
    {
        var span = CollectionsMarshal.AsSpan(movers);
        for (var index = 0; index < span.Length; index++)
        {
            if (span[index].X == x && span[index].Y == y)
            {
                movers.RemoveAt(index);
                return true;
            }
        }

        return false;
    }
}
