namespace Dreamer.Environments.MinAtar;

/// <summary>The six actions shared by every MinAtar game, by index (minatar.md §1 "Actions").</summary>
public enum MinAtarAction
{
    /// <summary>Do nothing.</summary>
    NoOp = 0,

    /// <summary>Move left.</summary>
    Left = 1,

    /// <summary>Move up.</summary>
    Up = 2,

    /// <summary>Move right.</summary>
    Right = 3,

    /// <summary>Move down.</summary>
    Down = 4,

    /// <summary>Fire.</summary>
    Fire = 5,
}
