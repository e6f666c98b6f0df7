namespace Dreamer.Environments.MinAtar.Games;

/// <summary>
/// Asterix (minatar.md §3). Channels: 0 player, 1 enemy, 2 trail, 3 gold. Slot i lives on row i+1.
/// </summary>
internal sealed class AsterixGame(MinAtarRandom random, bool ramping) : MinAtarGame(random, ramping)
{
    public const int RampInterval = 100;
    public const int InitialSpawnSpeed = 10;
    public const int InitialMoveSpeed = 5;
    public const int SlotCount = 8;

    private static readonly MinAtarAction[] Minimal =
        [MinAtarAction.NoOp, MinAtarAction.Left, MinAtarAction.Up, MinAtarAction.Right, MinAtarAction.Down];

    private readonly AsterixEntity[] slots = new AsterixEntity[SlotCount];
    private readonly int[] emptySlots = new int[SlotCount];

    public override int Channels => 4;

    public override IReadOnlyList<MinAtarAction> MinimalActions => Minimal;

    public int PlayerX { get; private set; }

    public int PlayerY { get; private set; }

    public int SpawnSpeed { get; private set; }

    public int MoveSpeed { get; private set; }

    public int SpawnTimer { get; private set; }

    public int MoveTimer { get; private set; }

    public int RampTimer { get; private set; }

    public int RampIndex { get; private set; }

    public int SpawnAttempts { get; private set; }

    public AsterixEntity Slot(int index) => slots[index];

    /// <summary>Empties every slot (for scenario tests that must outlive the enemies).</summary>
    public void ClearSlots() => Array.Clear(slots);

    protected override void ResetState()
    {
        PlayerX = 5;
        PlayerY = 5;
        Array.Clear(slots);
        SpawnSpeed = SpawnTimer = InitialSpawnSpeed;
        MoveSpeed = MoveTimer = InitialMoveSpeed;
        RampTimer = RampInterval;
        RampIndex = 0;
        SpawnAttempts = 0;
    }

    protected override float Advance(MinAtarAction action)
    {
        var reward = 0f;
        if (SpawnTimer == 0)
        {
            Spawn();
            SpawnTimer = SpawnSpeed;
        }

        switch (action)
        {
            case MinAtarAction.Left: PlayerX = Math.Max(0, PlayerX - 1); break;
            case MinAtarAction.Right: PlayerX = Math.Min(Size - 1, PlayerX + 1); break;
            case MinAtarAction.Up: PlayerY = Math.Max(1, PlayerY - 1); break;
            case MinAtarAction.Down: PlayerY = Math.Min(SlotCount, PlayerY + 1); break;
        }

        for (var index = 0; index < SlotCount; index++)
        {
            reward += Contact(index);
        }

        if (MoveTimer == 0)
        {
            MoveTimer = MoveSpeed;
            for (var index = 0; index < SlotCount; index++)
            {
                ref var entity = ref slots[index];
                if (!entity.Active)
                {
                    continue;
                }

                entity.X += entity.MovingRight ? 1 : -1;
                if (entity.X < 0 || entity.X >= Size)
                {
                    entity.Active = false;
                }
                else
                {
                    reward += Contact(index);
                }
            }
        }

        SpawnTimer--;
        MoveTimer--;
        Ramp();
        return reward;
    }

    public override void Render(Span<byte> grid)
    {
        Mark(grid, 0, PlayerX, PlayerY);
        for (var index = 0; index < SlotCount; index++)
        {
            var entity = slots[index];
            if (!entity.Active)
            {
                continue;
            }

            var row = index + 1;
            Mark(grid, entity.IsGold ? 3 : 1, entity.X, row);
            var backX = entity.MovingRight ? entity.X - 1 : entity.X + 1;
            if (OnBoard(backX, row))
            {
                Mark(grid, 2, backX, row);
            }
        }
    }

    private void Spawn()
    {
        var movingRight = Random.Uniform() < 0.5;
        var isGold = Random.Uniform() < 1.0 / 3.0;
        SpawnAttempts++;
        var emptyCount = 0;
        for (var index = 0; index < SlotCount; index++)
        {
            if (!slots[index].Active)
            {
                emptySlots[emptyCount++] = index;
            }
        }

        if (emptyCount == 0)
        {
            return;
        }

        var slot = emptySlots[Random.Below(emptyCount)];
        slots[slot] = new AsterixEntity(true, movingRight ? 0 : Size - 1, movingRight, isGold);
    }

    private float Contact(int index)
    {
        ref var entity = ref slots[index];
        if (!entity.Active || entity.X != PlayerX || index + 1 != PlayerY)
        {
            return 0f;
        }

        if (entity.IsGold)
        {
            entity.Active = false;
            return 1f;
        }

        IsTerminal = true;
        return 0f;
    }

    private void Ramp()
    {
        if (!Ramping || (SpawnSpeed <= 1 && MoveSpeed <= 1))
        {
            return;
        }

        if (RampTimer >= 0)
        {
            RampTimer--;
            return;
        }

        if (MoveSpeed > 1 && RampIndex % 2 == 1)
        {
            MoveSpeed--;
        }

        if (SpawnSpeed > 1)
        {
            SpawnSpeed--;
        }

        RampIndex++;
        RampTimer = RampInterval;
    }
}
