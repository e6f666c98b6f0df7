namespace Dreamer.Training.WorldModels;

/// <summary>Names of the world-model heads, as <see cref="WorldModelOptions.GradHeads"/> lists them (dreamerv2.md §4).</summary>
public static class WorldModelHeads
{
    public const string Decoder = "decoder";
    public const string Reward = "reward";
    public const string Discount = "discount";
}
