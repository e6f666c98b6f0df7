namespace Dreamer.Abstractions.Model;

/// <summary>
/// Width of the model state's feature vector <c>feat = [flatten(stoch); deter]</c> (dreamerv2.md §2.1): 1624 at the
/// Atari preset. Given by the host to decoders, heads and behavior learners.
/// </summary>
public sealed record FeatureSize(int Size);
