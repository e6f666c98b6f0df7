using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Reflection;
using Dreamer.Abstractions.Components;
using Dreamer.Abstractions.Environments;

namespace Dreamer.Environments.MinAtar.Tests;

/// <summary>The component declarations the host reads: keys, constructors and the options record.</summary>
public sealed class ComponentDeclarationTests
{
    [Theory]
    [InlineData(typeof(Breakout), "minatar.breakout")]
    [InlineData(typeof(Asterix), "minatar.asterix")]
    [InlineData(typeof(Freeway), "minatar.freeway")]
    [InlineData(typeof(Seaquest), "minatar.seaquest")]
    [InlineData(typeof(SpaceInvaders), "minatar.space-invaders")]
    public void EachGameIsAnEnvironmentComponentWithItsKey(Type type, string key)
    {
        var attribute = type.GetCustomAttribute<ComponentAttribute>();
        Assert.NotNull(attribute);
        Assert.Equal(key, attribute.Key);
        Assert.False(string.IsNullOrWhiteSpace(attribute.Summary));
        Assert.True(typeof(IEnvironment).IsAssignableFrom(type));
        Assert.NotNull(type.GetConstructor([typeof(MinAtarOptions), typeof(EnvironmentContext)]));
    }

    [Fact]
    public void OptionsHaveTheSpecDefaults()
    {
        var options = new MinAtarOptions();
        Assert.Equal(0.1, options.Sticky);
        Assert.True(options.Ramping);
        Assert.False(options.MinimalActions);
        Assert.Equal(ObservationView.Grid, options.View);
        Assert.Equal(0, options.MaxSteps);
    }

    [Fact]
    public void EveryOptionIsDescribedAndInitOnly()
    {
        foreach (var property in typeof(MinAtarOptions).GetProperties().Where(p => p.Name != "EqualityContract"))
        {
            Assert.False(string.IsNullOrWhiteSpace(property.GetCustomAttribute<DescriptionAttribute>()?.Description), property.Name);
            Assert.Contains(property.SetMethod!.ReturnParameter.GetRequiredCustomModifiers(), modifier => modifier.Name == "IsExternalInit");
        }

        var sticky = typeof(MinAtarOptions).GetProperty(nameof(MinAtarOptions.Sticky))!.GetCustomAttribute<RangeAttribute>();
        Assert.Equal((0.0, 1.0), ((double)sticky!.Minimum, (double)sticky.Maximum));
    }

    [Fact]
    public void AStickyProbabilityOutsideTheUnitIntervalIsRejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Breakout(new MinAtarOptions { Sticky = 1.5 }, new EnvironmentContext(0)));
    }
}
