using Dreamer.Abstractions.Components;
using Dreamer.Host.Cli;
using Dreamer.Host.Composition;
using Dreamer.Host.Plugins;

namespace Dreamer.Host.Tests.Plugins;

public sealed class ComponentOptionsSchemaTests
{
    [Fact]
    public void DescribesARecordFromItsProperties()
    {
        var options = ComponentOptionsSchema.Describe(typeof(DescribedOptions));

        Assert.Equal(
            [
                new OptionDescriptor("alpha", "Alpha", typeof(float), 0.8f, "Balance between the two KL terms.", 0.0, 1.0),
                new OptionDescriptor("free_avg", "FreeAvg", typeof(bool), true, "", null, null),
            ],
            options);
    }

    [Fact]
    public void NoOptionsHasNone() => Assert.Empty(ComponentOptionsSchema.Describe(typeof(NoOptions)));

    [Fact]
    public void TheListingNamesTheKeysTheBinderAllowsInTheSameOrder()
    {
        var catalog = new HostServices().Catalog([TestPlugin.Folder(TestPlugin.Good)]);

        Assert.All(catalog.Components, component =>
        {
            var error = Assert.Single(Assert.Throws<CompositionException>(() => ComponentOptionsOverrides.Bind(component, ["with.no_such_option=1"])).Errors);
            var listed = ComponentOptionsSchema.Describe(component.OptionsType).Select(option => option.Name).ToList();
            Assert.Equal($"unknown key; allowed: {(listed.Count == 0 ? "no keys" : string.Join(", ", listed))}", error.Message);
        });
    }
}
