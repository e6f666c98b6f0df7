using System.Text;

namespace Dreamer.Host.Cli;

/// <summary>
/// Lays out the text of <c>dreamer components</c>: blocks separated by a blank line, words wrapped to the width with
/// hanging indents, a word longer than a line broken, never cut short.
/// </summary>
internal sealed class ComponentListingText(int width)
{
    private const int NarrowestWidth = 40;
    private const string OptionIndent = "  ";
    private const string ValueIndent = "    ";
    private const string DetailIndent = "      ";

    private readonly int width = Math.Max(width, NarrowestWidth);
    private readonly StringBuilder text = new();

    /// <summary>A heading, an optional summary and the options, each option its <c>name: default</c> and a detail line.</summary>
    public void Block(string heading, string? summary, IReadOnlyList<ListedOption> options)
    {
        if (text.Length > 0) text.AppendLine();
        Wrap(heading, "", OptionIndent);
        if (!string.IsNullOrEmpty(summary)) Wrap(summary, OptionIndent, OptionIndent);
        if (options.Count == 0) Wrap("no options", OptionIndent, OptionIndent);
        foreach (var option in options)
        {
            Wrap($"{option.Descriptor.Name}: {option.Default}", OptionIndent, ValueIndent);
            var range = option.Range is null ? "" : $", {option.Range}";
            var description = option.Descriptor.Description.Length == 0 ? "" : $" {option.Descriptor.Description}";
            Wrap($"{option.Type}{range}.{description}", DetailIndent, DetailIndent);
        }
    }

    public override string ToString() => text.ToString();

    private void Wrap(string words, string indent, string hangingIndent)
    {
        var line = new StringBuilder(indent);
        var lineHasWord = false;
        foreach (var word in words.Split(' '))
        {
            if (lineHasWord && line.Length + 1 + word.Length > width)
            {
                text.AppendLine(line.ToString());
                line.Clear().Append(hangingIndent);
                lineHasWord = false;
            }
            var rest = word;
            if (lineHasWord) line.Append(' ');
            while (line.Length + rest.Length > width)
            {
                var room = width - line.Length;
                text.AppendLine(line.Append(rest[..room]).ToString());
                line.Clear().Append(hangingIndent);
                rest = rest[room..];
            }
            line.Append(rest);
            lineHasWord = true;
        }
        text.AppendLine(line.ToString());
    }
}
