namespace Dreamer.Environments.MinAtar.Games;

/// <summary>
/// The rules of one MinAtar game on the 10×10 board (minatar.md §1 "Step API"): reset, act, render into a binary
/// channel-first grid. Acting on a terminal game returns 0 and changes nothing.
/// </summary>
internal abstract class MinAtarGame(MinAtarRandom random, bool ramping)
{
    /// <summary>Board side, in cells.</summary>
    public const int Size = 10;

    protected MinAtarRandom Random { get; } = random;

    protected bool Ramping { get; } = ramping;

    /// <summary>Number of channels of the grid.</summary>
    public abstract int Channels { get; }

    /// <summary>The reduced action list of the v1 ids (minatar.md §1 "Actions").</summary>
    public abstract IReadOnlyList<MinAtarAction> MinimalActions { get; }

    /// <summary>True once the episode has ended.</summary>
    public bool IsTerminal { get; protected set; }

    /// <summary>Starts a new episode.</summary>
    public void Reset()
    {
        IsTerminal = false;
        ResetState();
    }

    /// <summary>Executes one frame and returns its reward.</summary>
    public float Act(MinAtarAction action) => IsTerminal ? 0f : Advance(action);

    /// <summary>Marks the active cells into <paramref name="grid"/>, which the caller has cleared.</summary>
    public abstract void Render(Span<byte> grid);

    protected abstract void ResetState();

    protected abstract float Advance(MinAtarAction action);

    /// <summary>True when (x, y) lies on the board.</summary>
    protected static bool OnBoard(int x, int y) => (uint)x < Size && (uint)y < Size;

    /// <summary>Sets the cell (x, y) of <paramref name="channel"/> in a channel-first grid.</summary>
    protected static void Mark(Span<byte> grid, int channel, int x, int y) => grid[(channel * Size + y) * Size + x] = 1;
}
