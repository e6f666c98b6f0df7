namespace Dreamer.Training.Update;

/// <summary>Training stopped because a loss term became NaN or infinite, or diverged; the last checkpoint predates it.</summary>
public sealed class NonFiniteLossException(NonFiniteLoss loss, string? checkpoint)
    : Exception($"{loss}; training stopped. The last good checkpoint is {checkpoint ?? "none (no checkpoint was written yet)"}.")
{
    public NonFiniteLoss Loss { get; } = loss;
}
