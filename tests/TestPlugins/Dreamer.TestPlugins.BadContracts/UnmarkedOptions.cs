namespace Dreamer.TestPlugins.BadContracts;

/// <summary>Options that forgot to implement IComponentOptions.</summary>
public sealed record UnmarkedOptions
{
    public int Depth { get; init; } = 2;
}
