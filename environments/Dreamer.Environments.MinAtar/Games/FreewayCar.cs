namespace Dreamer.Environments.MinAtar.Games;

/// <summary>One Freeway car (minatar.md §4): column, countdown to its next move and signed speed (sign = direction).</summary>
internal record struct FreewayCar(int X, int Countdown, int Speed);
