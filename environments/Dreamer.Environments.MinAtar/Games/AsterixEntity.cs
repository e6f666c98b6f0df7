namespace Dreamer.Environments.MinAtar.Games;

/// <summary>One Asterix slot (minatar.md §3): an enemy or a gold treasure moving along its row.</summary>
internal record struct AsterixEntity(bool Active, int X, bool MovingRight, bool IsGold);
