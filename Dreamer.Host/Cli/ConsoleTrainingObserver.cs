using System.Globalization;
using Dreamer.Training.Loop;
using Spectre.Console;

namespace Dreamer.Host.Cli;

/// <summary>
/// Shows a run on the console: a progress bar over agent steps whose label carries the phase, updates, environment
/// steps per second, update time, the last training and evaluation returns; messages print above it.
/// </summary>
public sealed class ConsoleTrainingObserver(IAnsiConsole console, ProgressTask task) : ITrainingObserver
{
    private DateTime lastRefresh = DateTime.MinValue;

    public void Progress(TrainingSnapshot snapshot)
    {
        var now = DateTime.UtcNow;
        if (now - lastRefresh < TimeSpan.FromMilliseconds(200) && snapshot.Step < snapshot.Steps) return;
        lastRefresh = now;
        task.MaxValue = snapshot.Steps;
        task.Value = Math.Min(snapshot.Step, snapshot.Steps);
        task.Description = Markup.Escape(Describe(snapshot));
    }

    public void Message(string text) => console.MarkupLine(Markup.Escape(text));

    /// <summary>The one-line label of a snapshot.</summary>
    public static string Describe(TrainingSnapshot snapshot)
    {
        var culture = CultureInfo.InvariantCulture;
        var text = string.Create(culture,
            $"{snapshot.Phase,-8} step {snapshot.Step:N0} | updates {snapshot.Updates:N0} | env {snapshot.EnvironmentStepsPerSecond:0} /s | update {snapshot.UpdateMilliseconds:0} ms");
        if (snapshot.LastReturn is { } last) text += string.Create(culture, $" | return {last:0.##}");
        if (snapshot.LastEvalReturn is { } eval) text += string.Create(culture, $" | eval {eval:0.##}");
        return text;
    }
}
