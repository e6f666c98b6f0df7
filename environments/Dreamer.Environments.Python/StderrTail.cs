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

    public override string ToString()
    {
        lock (lines) return lines.Count == 0 ? "(stderr was empty)" : string.Join("\n", lines);
    }
}
