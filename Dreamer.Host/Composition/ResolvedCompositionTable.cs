using Spectre.Console;

namespace Dreamer.Host.Composition;

/// <summary>A resolved composition as a key / value / source table for the console; the options a swap dropped are its caption.</summary>
public static class ResolvedCompositionTable
{
    public static Table Create(ResolvedComposition composition)
    {
        var table = new Table().AddColumn("key").AddColumn("value").AddColumn("source");
        foreach (var value in composition.Values)
            table.AddRow(new Text(value.Path), new Text(value.Text), new Text(value.Source.Text));
        if (composition.Dropped.Count > 0)
            table.Caption(Markup.Escape("dropped by a component swap: " + string.Join("; ", composition.Dropped)));
        return table;
    }
}
