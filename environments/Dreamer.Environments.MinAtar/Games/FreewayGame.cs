namespace Dreamer.Environments.MinAtar.Games;

/// <summary>
/// Freeway (minatar.md §4). Channels: 0 chicken, 1 car, 2..6 trail of a car with speed 1..5. The chicken walks in
/// column 4; car i drives on row i+1.
/// </summary>
internal sealed class FreewayGame(MinAtarRandom random) : MinAtarGame(random, ramping: false)
{
    public const int PlayerSpeed = 3;
    public const int TimeLimit = 2500;
    public const int CarCount = 8;
    public const int ChickenColumn = 4;

    private static readonly MinAtarAction[] Minimal = [MinAtarAction.NoOp, MinAtarAction.Up, MinAtarAction.Down];

    private readonly FreewayCar[] cars = new FreewayCar[CarCount];
    private readonly int[] speeds = new int[CarCount];

    public override int Channels => 7;

    public override IReadOnlyList<MinAtarAction> MinimalActions => Minimal;

    public int Position { get; private set; }

    public int MoveTimer { get; private set; }

    public int TerminateTimer { get; private set; }

    public FreewayCar Car(int index) => cars[index];

    protected override void ResetState()
    {
        Randomise(initial: true);
        Position = Size - 1;
        MoveTimer = PlayerSpeed;
        TerminateTimer = TimeLimit;
    }

    protected override float Advance(MinAtarAction action)
    {
        var reward = 0f;
        if (action == MinAtarAction.Up && MoveTimer == 0)
        {
            MoveTimer = PlayerSpeed;
            Position = Math.Max(0, Position - 1);
        }
        else if (action == MinAtarAction.Down && MoveTimer == 0)
        {
            MoveTimer = PlayerSpeed;
            Position = Math.Min(Size - 1, Position + 1);
        }

        if (Position == 0)
        {
            reward = 1f;
            Randomise(initial: false);
            Position = Size - 1;
        }

        for (var index = 0; index < CarCount; index++)
        {
            ref var car = ref cars[index];
            var row = index + 1;
            if (car.X == ChickenColumn && row == Position)
            {
                Position = Size - 1;
            }

            if (car.Countdown == 0)
            {
                car.Countdown = Math.Abs(car.Speed);
                car.X = Wrap(car.X + Math.Sign(car.Speed));
                if (car.X == ChickenColumn && row == Position)
                {
                    Position = Size - 1;
                }
            }
            else
            {
                car.Countdown--;
            }
        }

        if (MoveTimer > 0)
        {
            MoveTimer--;
        }

        TerminateTimer--;
        if (TerminateTimer < 0)
        {
            IsTerminal = true;
        }

        return reward;
    }

    public override void Render(Span<byte> grid)
    {
        Mark(grid, 0, ChickenColumn, Position);
        for (var index = 0; index < CarCount; index++)
        {
            var car = cars[index];
            var row = index + 1;
            Mark(grid, 1, car.X, row);
            Mark(grid, 1 + Math.Abs(car.Speed), Wrap(car.X - Math.Sign(car.Speed)), row);
        }
    }

    /// <summary>
    /// Draws eight speeds in 1..5, then eight uniforms for the directions (u ≥ 0.5 right, else left). The initial
    /// form also places every car at column 0.
    /// </summary>
    private void Randomise(bool initial)
    {
        for (var index = 0; index < CarCount; index++)
        {
            speeds[index] = 1 + Random.Below(5);
        }

        for (var index = 0; index < CarCount; index++)
        {
            var speed = Random.Uniform() < 0.5 ? -speeds[index] : speeds[index];
            var x = initial ? 0 : cars[index].X;
            cars[index] = new FreewayCar(x, Math.Abs(speed), speed);
        }
    }

    private static int Wrap(int x) => x < 0 ? Size - 1 : x >= Size ? 0 : x;
}
