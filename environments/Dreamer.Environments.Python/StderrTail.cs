namespace Dreamer.Environments.Python;

/// <summary>The last lines the server wrote to stderr, kept for error messages (a ring of <see cref="Capacity"/> lines).</summary>
internal sealed class StderrTail
{
    public const int Capacity = 40;

    private readonly Queue<string> lines = new();

    public void Add(string? line)
    {
        if (line is null) return;
        lock (lines)
        {
            if (lines.Count == Capacity) lines.Dequeue();
            lines.Enqueue(line);
        }
    }

    /// <summary>The last line that is not blank (for a Python traceback, the exception), or null.</summary>
    public string? LastLine
    {
        get
        {
            lock (lines) return lines.LastOrDefault(line => line.Trim().Length > 0)?.Trim();
        }
    }

    public override string ToString()
    {
        lock (lines) return lines.Count == 0 ? "(stderr was empty)" : string.Join("\n", lines);
    }
}
