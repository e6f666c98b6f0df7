namespace Dreamer.Host.Plugins;

/// <summary>
/// One or more plugins were refused. <see cref="Problems"/> lists each refusal (the assembly, the cause and the fix);
/// no catalog is built while any refusal exists.
/// </summary>
public sealed class PluginLoadException(IReadOnlyList<string> problems)
    : Exception(Format(problems))
{
    /// <summary>Each refusal, one sentence naming the assembly, the cause and the fix.</summary>
    public IReadOnlyList<string> Problems { get; } = problems;

    /// <summary>One line for one refusal; a count and one indented line per refusal for several.</summary>
    private static string Format(IReadOnlyList<string> problems) => problems.Count == 1
        ? $"no plugin was loaded: {problems[0]}"
        : $"{problems.Count} plugin problems; no plugin was loaded:" + string.Concat(problems.Select(problem => $"{Environment.NewLine}  - {problem}"));
}
