namespace Dreamer.Environments.Conformance;

/// <summary>The problems of one run: the first line of each kind, so a fault on every step is reported once.</summary>
internal sealed class FailureLog
{
    private readonly HashSet<string> kinds = [];
    private readonly List<string> lines = [];

    public IReadOnlyList<string> Lines => lines;

    /// <summary>Adds <paramref name="line"/> unless a problem of <paramref name="kind"/> was already added.</summary>
    public void Add(string kind, string line)
    {
        if (kinds.Add(kind)) lines.Add(line);
    }
}
