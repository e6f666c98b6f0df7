using System.Globalization;
using Dreamer.Training.Loop;
using Spectre.Console;

namespace Dreamer.Host.Cli;

/// <summary>What <c>dreamer summary</c> prints for networks: one row per parameter tensor, and a table of totals.</summary>
public static class NetworkSummaryTable
{
    /// <summary>The layers of one network: name, shape and parameter count, with the network's total in the footer.</summary>
    public static Table Layers(string title, NetworkSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var table = new Table().Title(Markup.Escape(title)).ShowFooters();
        table.AddColumn(new TableColumn("layer").Footer("total"));
        table.AddColumn(new TableColumn("shape"));
        table.AddColumn(new TableColumn("parameters").RightAligned().Footer(Count(summary.Total)));
        foreach (var row in summary.Rows)
            table.AddRow(Markup.Escape(row.Name), Markup.Escape($"[{string.Join(", ", row.Shape)}]"), Count(row.Count));
        return table;
    }

    /// <summary>The totals: one row per (network, parameters) pair, then their sum.</summary>
    public static Table Totals(IReadOnlyList<KeyValuePair<string, long>> networks)
    {
        ArgumentNullException.ThrowIfNull(networks);
        var table = new Table().Title("totals").ShowFooters();
        table.AddColumn(new TableColumn("network").Footer("total"));
        table.AddColumn(new TableColumn("parameters").RightAligned().Footer(Count(networks.Sum(network => network.Value))));
        foreach (var (name, count) in networks)
            table.AddRow(Markup.Escape(name), Count(count));
        return table;
    }

    private static string Count(long count) => count.ToString("N0", CultureInfo.InvariantCulture);
}
