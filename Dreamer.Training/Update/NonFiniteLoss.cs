namespace Dreamer.Training.Update;

/// <summary>
/// A loss term that became NaN or infinite, or that diverged (<paramref name="Problem"/> and <paramref name="Detail"/> say
/// which), and the update at which it first did.
/// </summary>
public sealed record NonFiniteLoss(string Term, long Update, string Problem = "became NaN or infinite", string Detail = "")
{
    public override string ToString() => $"{Term} {Problem} at update {Update}{Detail}";
}
