namespace Dreamer.Host.Matrix;

/// <summary>
/// How a cell's child process is started: the program and its leading arguments, followed by
/// <c>train BASE --run-dir DIR --set ...</c> or <c>resume DIR</c>. By default the running <c>dreamer</c> itself
/// (<c>dotnet dreamer.dll</c> when it runs under the <c>dotnet</c> host); tests substitute a small script.
/// </summary>
public sealed record CellCommand(IReadOnlyList<string> Prefix)
{
    /// <summary>The <c>dreamer</c> executable this process runs as.</summary>
    public static CellCommand Current()
    {
        var process = Environment.ProcessPath ?? "dreamer";
        var isDotnetHost = Path.GetFileNameWithoutExtension(process).Equals("dotnet", StringComparison.OrdinalIgnoreCase);
        var assembly = typeof(CellCommand).Assembly.Location;
        return new CellCommand(isDotnetHost ? [process, assembly] : [process]);
    }

    /// <summary>Parses a command line of words separated by spaces (no quoting), e.g. <c>bash scripts/stand-in.sh</c>.</summary>
    public static CellCommand Parse(string commandLine) =>
        new(commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    /// <summary>The arguments after the prefix that train a new run of <paramref name="basePath"/> in <paramref name="runDirectory"/>.</summary>
    public static IReadOnlyList<string> TrainArguments(string basePath, string runDirectory, IEnumerable<SettingOverride> overrides) =>
        ["train", basePath, "--run-dir", runDirectory, .. overrides.SelectMany(o => new[] { "--set", o.ToArgument() })];

    /// <summary>The arguments after the prefix that resume the run in <paramref name="runDirectory"/> from its checkpoint.</summary>
    public static IReadOnlyList<string> ResumeArguments(string runDirectory) => ["resume", runDirectory];

    /// <summary>The command line as one string, quoting words with spaces.</summary>
    public static string Display(IEnumerable<string> words) => string.Join(' ', words.Select(w => w.Contains(' ') ? $"'{w}'" : w));
}
