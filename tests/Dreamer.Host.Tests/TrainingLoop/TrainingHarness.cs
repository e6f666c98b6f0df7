using Dreamer.Host.Checkpoints;
using Dreamer.Host.Cli;
using Dreamer.Host.Composition;
using Dreamer.Host.Plugins;
using Dreamer.Host.Training;

namespace Dreamer.Host.Tests.TrainingLoop;

/// <summary>Runs the real training loop in the test process on the tiny composition.</summary>
internal static class TrainingHarness
{
    public static string Data(string name) => Path.Combine(AppContext.BaseDirectory, "TrainingLoop", "Data", name);

    public static ResolvedComposition Load(IComponentCatalog? catalog = null, params string[] overrides)
    {
        var services = new HostServices();
        return services.Loader(catalog ?? services.Catalog([]), HostServices.TrainingSlots).Load(Data("tiny.yaml"), overrides);
    }

    public static TrainingCounters Train(string runDirectory, ResolvedComposition composition, CancellationToken cancellation = default) =>
        new Trainer(composition, ResolvedCompositionYaml.Write(composition), new RunFolder(runDirectory), new HostServices().Factory(), new SilentObserver())
            .Run(cancellation);

    /// <summary>The metrics lines without wall-clock and memory figures, for comparing runs.</summary>
    public static IReadOnlyList<string> Metrics(string runDirectory) =>
        Dreamer.Host.Logging.MetricsLog.Read(new RunFolder(runDirectory).Metrics)
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
