using Dreamer.Abstractions.Components;
using Dreamer.Abstractions.Model;
using Dreamer.Host.Plugins;
using Dreamer.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using static TorchSharp.torch;

namespace Dreamer.Host.Tests.Plugins;

/// <summary>The sample of docs/writing-a-component.md builds on its own, loads through the catalog and computes its loss.</summary>
[Trait(TestCategory.Name, TestCategory.Slow)]
public sealed class SamplePluginTests
{
    private static readonly string Sample = Path.Combine(RepositoryRoot.Path, "samples", "MyKlScheme");

    [Fact]
    public void TheDocumentShowsTheSampleAsItIs()
    {
        var document = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs", "writing-a-component.md"));

        foreach (var file in new[] { "MyKlScheme.csproj", "MyKlOptions.cs", "MyKlScheme.cs" })
        {
            Assert.Contains(File.ReadAllText(Path.Combine(Sample, file)).Trim(), document);
        }
    }

    [Fact]
    public void TheSampleBuildsLoadsAndComputesItsLoss()
    {
        var (exitCode, output) = DotnetBuild.Run(Path.Combine(Sample, "MyKlScheme.csproj"), TimeSpan.FromMinutes(5));
        Assert.True(exitCode == 0, output);

        var catalog = PluginCatalog.Load([Path.Combine(Sample, "bin", "Debug", "net10.0")]);
        var component = Assert.Single(catalog.Components);
        Assert.Equal("kl.my-scheme", component.Key);
        Assert.Equal("MyKlOptions", component.OptionsType.Name);
        var options = (IComponentOptions)Activator.CreateInstance(component.OptionsType)!;
        var scheme = new ComponentFactory(new ServiceCollection().BuildServiceProvider()).Create<IKlScheme>(component, options);

        using var scope = NewDisposeScope();
        var posterior = tensor(new[] { 0.5f, 1.5f }).reshape(1, 2, 1);   // [T, B, P]
        var prior = zeros(1, 2, 1);                                      // [T, B, P]
        var loss = scheme.Loss(posterior, prior, new SquaredDistanceLatent());

        Assert.Equal((1.0f + 2.25f) / 2, loss.Loss.item<float>(), 5);
        Assert.Equal((0.25f + 2.25f) / 2, loss.Value.item<float>(), 5);
    }
}
