using Dreamer.Abstractions.Components;
using Dreamer.Abstractions.Environments;
using Dreamer.Abstractions.Model;
using Dreamer.Host.Plugins;
using Microsoft.Extensions.DependencyInjection;

namespace Dreamer.Host.Tests.Plugins;

public sealed class ComponentFactoryTests
{
    private static readonly PluginCatalog Catalog = PluginCatalog.Load([TestPlugin.Folder(TestPlugin.Good)]);

    private readonly ComponentFactory factory = new(new ServiceCollection().BuildServiceProvider());

    [Fact]
    public void BuildsAComponentFromItsOptionsAndContext()
    {
        var counter = Catalog.Find("test.counter")!;
        var options = (IComponentOptions)Activator.CreateInstance(counter.OptionsType)!;

        using var environment = factory.Create<IEnvironment>(counter, options, new FeatureSize(8), new EnvironmentContext(Seed: 3));

        Assert.Equal(new DiscreteSpace(1), environment.ActionSpace);
        Assert.Equal(0.5f, environment.Step([0f]).Reward);
    }

    [Fact]
    public void NamesTheComponentAndTheInnerMessageWhenItsConstructorThrows()
    {
        var throwing = Catalog.Find("test.throwing")!;

        var exception = Assert.Throws<ComponentConstructionException>(() =>
            factory.Create(throwing, new NoOptions(), new EnvironmentContext(Seed: 7)));

        Assert.Equal(
            "Component 'test.throwing' (Dreamer.TestPlugins.Good.ThrowingEnvironment) could not be built: its constructor threw " +
            "InvalidOperationException: seed 7 is not supported by this fixture",
            exception.Message);
        Assert.IsType<InvalidOperationException>(exception.InnerException);
    }

    [Fact]
    public void NamesTheParameterTypeOfAMissingArgument()
    {
        var counter = Catalog.Find("test.counter")!;
        var options = (IComponentOptions)Activator.CreateInstance(counter.OptionsType)!;

        var exception = Assert.Throws<ComponentConstructionException>(() => factory.Create(counter, options));

        Assert.Equal(
            "Component 'test.counter' (Dreamer.TestPlugins.Good.CounterEnvironment) could not be built: its constructor needs " +
            "EnvironmentContext (parameter 'context'), and no argument or service of that type was given.",
            exception.Message);
    }

    [Fact]
    public void TakesArgumentsFromTheServiceProvider()
    {
        var counter = Catalog.Find("test.counter")!;
        var options = (IComponentOptions)Activator.CreateInstance(counter.OptionsType)!;
        var services = new ServiceCollection().AddSingleton(new EnvironmentContext(Seed: 1)).BuildServiceProvider();

        using var environment = new ComponentFactory(services).Create<IEnvironment>(counter, options);

        Assert.True(environment.Reset().IsFirst);
    }

    [Fact]
    public void RefusesOptionsOfAnotherType()
    {
        var counter = Catalog.Find("test.counter")!;

        var exception = Assert.Throws<ArgumentException>(() => factory.Create(counter, new NoOptions(), new EnvironmentContext(1)));

        Assert.StartsWith(
            "Component 'test.counter' (Dreamer.TestPlugins.Good.CounterEnvironment) takes options of type CounterOptions, not NoOptions.",
            exception.Message);
    }

    [Fact]
    public void RefusesAComponentOfAnotherContract()
    {
        var counter = Catalog.Find("test.counter")!;
        var options = (IComponentOptions)Activator.CreateInstance(counter.OptionsType)!;

        var exception = Assert.Throws<ComponentConstructionException>(() =>
            factory.Create<IKlScheme>(counter, options, new EnvironmentContext(1)));

        Assert.Equal(
            "Component 'test.counter' (Dreamer.TestPlugins.Good.CounterEnvironment) does not implement IKlScheme.",
            exception.Message);
    }
}
