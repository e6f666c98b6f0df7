using Dreamer.Host.Cli;
using Dreamer.Host.Composition;
using Dreamer.Host.Plugins;
using Dreamer.Host.Wiring;
using Dreamer.Training.Checkpoints;
using Dreamer.Training.Logging;
using Dreamer.Training.Loop;
using Dreamer.Training.Runs;

namespace Dreamer.Host.Tests.Wiring;

/// <summary>Runs the real training loop, wired from a composition, in the test process on the tiny composition.</summary>
internal static class TrainingHarness
{
    public static string Data(string name) => Path.Combine(AppContext.BaseDirectory, "Wiring", "Data", name);

    public static ResolvedComposition Load(IComponentCatalog? catalog = null, params string[] overrides)
    {
        var services = new HostServices();
        return services.Loader(catalog ?? services.Catalog([]), HostServices.TrainingSlots).Load(Data("tiny.yaml"), overrides);
    }

    public static TrainingCounters Train(string runDirectory, ResolvedComposition composition, CancellationToken cancellation = default) =>
        Train(runDirectory, composition, new HostServices().Factory(), cancellation);

    /// <summary>Trains as <c>dreamer train</c> and <c>resume</c> do, through one <see cref="TrainingRun"/>.</summary>
    public static TrainingCounters Train(string runDirectory, ResolvedComposition composition, ComponentFactory factory, CancellationToken cancellation = default)
    {
        using var run = TrainingRun.ForTraining(composition, factory);
        return run.Train(new RunFolder(runDirectory), new SilentObserver(), cancellation);
    }

    /// <summary>The metrics lines without wall-clock and memory figures, for comparing runs.</summary>
    public static IReadOnlyList<string> Metrics(string runDirectory) =>
        MetricsLog.Read(new RunFolder(runDirectory).Metrics)
            .Select(record => $"{record.Step}: " + string.Join(", ", record.Scalars
                .Where(pair => !pair.Key.StartsWith("fps/", StringComparison.Ordinal) && !pair.Key.StartsWith("time/", StringComparison.Ordinal)
                    && !pair.Key.StartsWith("memory/", StringComparison.Ordinal))
                .Select(pair => $"{pair.Key}={pair.Value:R}")))
            .ToList();

    private sealed class SilentObserver : ITrainingObserver
    {
        public void Progress(TrainingSnapshot snapshot)
        {
        }

        public void Message(string text)
        {
        }
    }
}
