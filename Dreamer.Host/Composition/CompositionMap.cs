namespace Dreamer.Host.Composition;

/// <summary>A YAML map with its keys in written order.</summary>
internal sealed record CompositionMap(IReadOnlyList<CompositionEntry> Entries, ValueSource Source) : CompositionNode(Source)
{
    public override string Display => "a map";

    /// <summary>
    /// For a slot whose component type a later layer changed: the slot as the earlier layers gave it (its old
    /// <c>type</c> and <c>with:</c>), whose options carry over where the new component takes them (<see cref="OptionCarry"/>).
    /// </summary>
    public CompositionMap? Replaced { get; init; }

    public CompositionEntry? Find(string key) => Entries.FirstOrDefault(entry => entry.Key == key);

    /// <summary>This map with <paramref name="entry"/> replacing the entry of the same key in place, or appended.</summary>
    public CompositionMap With(CompositionEntry entry)
    {
        var entries = Entries.ToList();
        var index = entries.FindIndex(existing => existing.Key == entry.Key);
        if (index >= 0) entries[index] = entry;
        else entries.Add(entry);
        return this with { Entries = entries };
    }

    public CompositionMap Without(string key) => this with { Entries = Entries.Where(entry => entry.Key != key).ToList() };
}
