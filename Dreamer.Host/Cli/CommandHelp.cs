using Spectre.Console;
using Spectre.Console.Cli;

namespace Dreamer.Host.Cli;

/// <summary>
/// What the app's own help says of one command path (<c>train</c>, <c>matrix plan</c>, <c>env</c>): its usage line and,
/// for a branch, the names of its commands. Read by rendering <c>PATH --help</c> into a captured console, so it is
/// always the usage Spectre.Console.Cli prints.
/// </summary>
/// <param name="Usage">The usage, such as <c>dreamer train [FILE] [OPTIONS]</c>.</param>
/// <param name="Commands">The commands of a branch; empty for a command.</param>
public sealed record CommandHelp(string Usage, IReadOnlyList<string> Commands)
{
    /// <summary>The help of exactly <paramref name="path"/>; null when the app has no such command or branch.</summary>
    public static CommandHelp? Of(IReadOnlyList<string> path)
    {
        var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        console.Profile.Width = 1000;                                                 // one line per entry
        var app = DreamerApp.Create();
        app.Configure(config => config.ConfigureConsole(console));
        try
        {
            if (app.Run([.. path, "--help"]) != ExitCodes.Success) return null;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return null;
        }
        var lines = writer.ToString().ReplaceLineEndings("\n").Split('\n');
        var usage = Section(lines, "USAGE:").FirstOrDefault();
        return usage is null ? null : new CommandHelp(usage, Section(lines, "COMMANDS:").Select(line => line.Split(' ')[0]).ToList());
    }

    /// <summary>
    /// The help for a refused command line: that of the longest command path its leading words name (at most two),
    /// else the app's own; null when none can be read.
    /// </summary>
    public static CommandHelp? For(IReadOnlyList<string> args)
    {
        var words = args.TakeWhile(arg => !arg.StartsWith('-')).Take(2).ToList();
        for (var count = words.Count; count >= 0; count--)
        {
            var help = Of(words[..count]);
            if (help is not null) return help;
        }
        return null;
    }

    /// <summary>The line printed after a refusal: <c>usage: ...</c>, with the commands of a branch.</summary>
    public string Line => Commands.Count == 0 ? $"usage: {Usage}" : $"usage: {Usage}; commands: {string.Join(", ", Commands)}";

    private static IEnumerable<string> Section(string[] lines, string title) => lines
        .SkipWhile(line => line.Trim() != title)
        .Skip(1)
        .TakeWhile(line => line.Trim().Length > 0)
        .Select(line => line.Trim());
}
