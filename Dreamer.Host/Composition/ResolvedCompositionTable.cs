using Spectre.Console;

namespace Dreamer.Host.Composition;

/// <summary>A resolved composition as a key / value / source table for the console.</summary>
public static class ResolvedCompositionTable
{
    public static Table Create(ResolvedComposition composition)
    {
        var table = new Table().AddColumn("key").AddColumn("value").AddColumn("source");
        foreach (var value in composition.Values)
            table.AddRow(new Text(value.Path), new Text(value.Text), new Text(value.Source.Text));
        return table;
    }
}
