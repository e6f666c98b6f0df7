namespace Dreamer.Training.Update;

/// <summary>A loss term that became NaN or infinite, and the update at which it first did.</summary>
public sealed record NonFiniteLoss(string Term, long Update)
{
    public override string ToString() => $"{Term} became NaN or infinite at update {Update}";
}
