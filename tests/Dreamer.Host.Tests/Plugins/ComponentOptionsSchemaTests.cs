using Dreamer.Abstractions.Components;
using Dreamer.Host.Plugins;

namespace Dreamer.Host.Tests.Plugins;

public sealed class ComponentOptionsSchemaTests
{
    [Fact]
    public void DescribesAPositionalRecordFromItsConstructor()
    {
        var options = ComponentOptionsSchema.Describe(typeof(PositionalOptions));

        Assert.Equal(
            [
                new OptionDescriptor("alpha", "Alpha", typeof(float), 0.8f, "Balance between the two KL terms.", 0.0, 1.0),
                new OptionDescriptor("free_avg", "FreeAvg", typeof(bool), true, "", null, null),
            ],
            options);
    }

    [Fact]
    public void NoOptionsHasNone() => Assert.Empty(ComponentOptionsSchema.Describe(typeof(NoOptions)));
}
