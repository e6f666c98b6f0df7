namespace Dreamer.Training.Loop;

/// <summary>
/// Counts of binary grid cells for one channel or step of open-loop predictions: cells on in the truth, cells the
/// prediction turns on (mean ≥ 0.5), and cells on in both.
/// </summary>
/// <param name="Truth">Cells on in the truth.</param>
/// <param name="Predicted">Cells whose predicted mean is at least 0.5.</param>
/// <param name="Hit">Cells on in both.</param>
public readonly record struct CellCounts(long Truth, long Predicted, long Hit)
{
    /// <summary>Hit ÷ truth: the share of true objects the model draws; null when the truth has none.</summary>
    public double? Recall => Truth == 0 ? null : (double)Hit / Truth;

    /// <summary>Hit ÷ predicted: the share of drawn objects that are there; null when the model draws none.</summary>
    public double? Precision => Predicted == 0 ? null : (double)Hit / Predicted;

    /// <summary>The counts of both.</summary>
    public static CellCounts operator +(CellCounts left, CellCounts right) =>
        new(left.Truth + right.Truth, left.Predicted + right.Predicted, left.Hit + right.Hit);
}
