namespace Dreamer.Host.Matrix;

/// <summary>
/// Reference returns of one environment for score normalisation: <c>(score − random) / (target − random)</c>, so the
/// random policy scores 0 and the target scores 1.
/// </summary>
public sealed record ReferenceScore(double Random, double Target)
{
    /// <summary>The normalised score of a raw return.</summary>
    public double Normalize(double score) => (score - Random) / (Target - Random);
}
