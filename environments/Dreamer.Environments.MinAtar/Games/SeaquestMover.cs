namespace Dreamer.Environments.MinAtar.Games;

/// <summary>
/// Anything that moves sideways in Seaquest (minatar.md §5): a bullet, an enemy fish, an enemy sub or a diver.
/// Bullets ignore the countdowns; only enemy subs use <see cref="ShotCountdown"/>.
/// </summary>
internal record struct SeaquestMover(int X, int Y, bool MovingRight, int MoveCountdown = 0, int ShotCountdown = 0)
{
    /// <summary>The cell behind it, in the direction it came from.</summary>
    public readonly int BackX => MovingRight ? X - 1 : X + 1;

    /// <summary>Moves one cell in its direction.</summary>
    public void Move() => X += MovingRight ? 1 : -1;
}
