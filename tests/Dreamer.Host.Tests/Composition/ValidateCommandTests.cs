using Dreamer.Host.Cli;
using Dreamer.Host.Composition;
using Dreamer.Host.Tests.Composition.Fixtures;

namespace Dreamer.Host.Tests.Composition;

/// <summary><c>dreamer validate</c> through the real command app, with the test loader registered.</summary>
public sealed class ValidateCommandTests
{
    [Fact]
    public void AValidCompositionPrintsTheResolvedTableAndExitsZero()
    {
        var (exitCode, output) = Run("validate", CompositionTestSetup.Data("Valid/layered.yaml"), "--set", "kl.with.alpha=0.5");

        Assert.Equal(ExitCodes.Success, exitCode);
        var row = Assert.Single(output.Split('\n'), line => line.Contains("kl.with.alpha", StringComparison.Ordinal));
        Assert.Equal(["kl.with.alpha", "0.5", "--set"], row.Split('│', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.Contains("Composition/Presets/small.yaml:6", output);
    }

    [Fact]
    public void AnInvalidCompositionPrintsEveryErrorOnItsOwnLineAndExitsTwo()
    {
        var (exitCode, output) = Run("validate", CompositionTestSetup.Data("Malformed/list_element.yaml"), "--set", "kl.with.alpha=2");

        Assert.Equal(ExitCodes.InvalidInput, exitCode);
        string[] expected =
        [
            "Composition/Malformed/list_element.yaml:4: latent.with.hidden[1]: abc is not an integer; allowed: a whole number from -2147483648 to 2147483647",
            "Composition/Malformed/list_element.yaml:4: latent.with.hidden[2]: 2.5 is not an integer; allowed: a whole number from -2147483648 to 2147483647",
            "--set: kl.with.alpha: 2 is out of range; allowed: 0 to 1",
        ];
        Assert.Equal(expected, output.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n'));
    }

    private static (int ExitCode, string Output) Run(params string[] args) =>
        Cli.CommandLine.Run(config => config.Settings.Registrar.RegisterInstance<HostServices>(new FixedHostServices(CompositionTestSetup.Loader)), args);

    private sealed class FixedHostServices(CompositionLoader loader) : HostServices
    {
        public override Dreamer.Host.Plugins.IComponentCatalog Catalog(IEnumerable<string> pluginFolders) => CompositionTestSetup.Catalog;

        public override CompositionLoaderOptions LoaderOptions() => CompositionTestSetup.Options;

        public override CompositionLoader Loader(Dreamer.Host.Plugins.IComponentCatalog catalog, IReadOnlySet<string> requiredSlots) => loader;
    }
}
