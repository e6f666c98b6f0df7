using Dreamer.Abstractions.Components;
using Dreamer.Host.Composition;

namespace Dreamer.Host.Tests.Composition.Fixtures;

/// <summary>The loader the composition tests use: test components, two sections, latent and kl required, test data folders.</summary>
internal static class CompositionTestSetup
{
    public static readonly TestCatalog Catalog = new(
        (typeof(TestLatent), typeof(TestLatentOptions)),
        (typeof(OtherLatent), typeof(OtherLatentOptions)),
        (typeof(WideLatent), typeof(WideLatentOptions)),
        (typeof(TestKl), typeof(TestKlOptions)),
        (typeof(TestEnvironment), typeof(NoOptions)));

    public static readonly CompositionSchema Schema = new(
        Catalog,
        CompositionSections.Empty.Add<TestTrainingOptions>("training").Add<TestWorldModelOptions>("world_model"),
        new HashSet<string> { ComponentSlot.Latent, ComponentSlot.Kl });

    public static readonly CompositionLoaderOptions Options = new()
    {
        PresetsFolder = Path.Combine(AppContext.BaseDirectory, "Composition", "Presets"),
        DisplayRoot = AppContext.BaseDirectory,
    };

    public static CompositionLoader Loader { get; } = new(Schema, Options);

    /// <summary>The full path of a test data file, e.g. <c>Valid/minimal.yaml</c>.</summary>
    public static string Data(string relative) => Path.Combine(AppContext.BaseDirectory, "Composition", relative);

    public static ResolvedComposition Load(string relative, params string[] overrides) => Loader.Load(Data(relative), overrides);
}
