using System.Globalization;
using System.Text;
using static TorchSharp.torch;

namespace Dreamer.Training.Loop;

/// <summary>
/// Parameter summary of a module tree (dreamerv2.md §3 "Parameter counts", §11 TV9): one row per parameter tensor
/// (name, shape, count), totals per top-level child module, and the grand total.
/// </summary>
public sealed class NetworkSummary
{
    private NetworkSummary(IReadOnlyList<NetworkSummaryRow> rows)
    {
        Rows = rows;
        Total = rows.Sum(row => row.Count);
        Modules = rows
            .GroupBy(row => row.Name.Split('.')[0])
            .Select(group => new KeyValuePair<string, long>(group.Key, group.Sum(row => row.Count)))
            .ToList();
    }

    /// <summary>Every parameter tensor in registration order.</summary>
    public IReadOnlyList<NetworkSummaryRow> Rows { get; }

    /// <summary>Parameter totals of the top-level child modules, in registration order.</summary>
    public IReadOnlyList<KeyValuePair<string, long>> Modules { get; }

    /// <summary>Number of parameters in the whole tree.</summary>
    public long Total { get; }

    /// <summary>Summarises <paramref name="root"/>.</summary>
    public static NetworkSummary Of(nn.Module root)
    {
        ArgumentNullException.ThrowIfNull(root);
        var rows = root.named_parameters()
            .Select(named => new NetworkSummaryRow(named.name, named.parameter.shape.ToArray(), named.parameter.numel()))
            .ToList();
        return new NetworkSummary(rows);
    }

    /// <summary>Number of parameters whose name is <paramref name="module"/> or starts with <c>module.</c>.</summary>
    public long CountOf(string module) => Rows
        .Where(row => row.Name == module || row.Name.StartsWith(module + ".", StringComparison.Ordinal))
        .Sum(row => row.Count);

    /// <summary>A plain-text table: one line per parameter, then module totals and the total.</summary>
    public string Format()
    {
        var culture = CultureInfo.InvariantCulture;
        var nameWidth = Math.Max(8, Rows.Select(row => row.Name.Length).DefaultIfEmpty(0).Max());
        var text = new StringBuilder();
        text.AppendLine(culture, $"{"name".PadRight(nameWidth)}  {"shape",-22} {"parameters",14}");
        foreach (var row in Rows)
        {
            var shape = "[" + string.Join(", ", row.Shape) + "]";
            text.AppendLine(culture, $"{row.Name.PadRight(nameWidth)}  {shape,-22} {row.Count.ToString("N0", culture),14}");
        }
        text.AppendLine();
        foreach (var (module, count) in Modules)
        {
            text.AppendLine(culture, $"{module.PadRight(nameWidth)}  {"",-22} {count.ToString("N0", culture),14}");
        }
        text.AppendLine(culture, $"{"total".PadRight(nameWidth)}  {"",-22} {Total.ToString("N0", culture),14}");
        return text.ToString();
    }
}
