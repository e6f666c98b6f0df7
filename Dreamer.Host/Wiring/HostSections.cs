using Dreamer.Host.Composition;
using Dreamer.Host.Plugins;
using Dreamer.Training.Loop;
using Dreamer.Training.Replay;
using Dreamer.Training.WorldModels;

namespace Dreamer.Host.Wiring;

/// <summary>The option sections of the host's composition files, each bound to the pipeline's options record.</summary>
public static class HostSections
{
    /// <summary>The sections; a new section is one more <see cref="CompositionSections.Add{T}"/> here.</summary>
    public static CompositionSections All { get; } = CompositionSections.Empty
        .Add<WorldModelOptions>("world_model")
        .Add<TrainingOptions>("training")
        .Add<ReplayOptions>("replay")
        .Add<PluginsOptions>(CompositionKeys.Plugins);
}
