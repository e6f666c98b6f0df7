using System.Runtime.Loader;
using Dreamer.Abstractions.Components;
using Dreamer.Abstractions.Environments;
using Dreamer.Host.Plugins;

namespace Dreamer.Host.Tests.Plugins;

public sealed class PluginCatalogTests
{
    private const string ComponentRule =
        "Fix: a component class must be public and non-abstract, with exactly one public constructor that takes at most one IComponentOptions record.";

    [Fact]
    public void LoadsTheComponentsOfAGoodPlugin()
    {
        var catalog = PluginCatalog.Load([TestPlugin.Folder(TestPlugin.Good)]);

        Assert.Equal(["test.counter", "test.throwing"], catalog.Components.Select(component => component.Key));
        var counter = catalog.Find("test.counter")!;
        Assert.Equal("CounterOptions", counter.OptionsType.Name);
        Assert.Equal("Counts steps; an episode ends after length steps.", counter.Summary);
        Assert.Equal(TestPlugin.Good, counter.AssemblyName);
        Assert.Equal(TestPlugin.Assembly(TestPlugin.Good), counter.AssemblyLocation);
        Assert.True(counter.Implements(typeof(IEnvironment)));
        Assert.True(typeof(IComponentOptions).IsAssignableFrom(counter.OptionsType));
        Assert.Null(catalog.Find("test.missing"));
    }

    [Fact]
    public void AcceptsAFolderOfPluginFolders()
    {
        using var temporary = TestPlugin.Temporary();
        temporary.CopyPlugin(TestPlugin.Folder(TestPlugin.Good));

        var catalog = PluginCatalog.Load([temporary.Path]);

        Assert.NotNull(catalog.Find("test.counter"));
    }

    [Fact]
    public void ComponentsWithoutAnOptionsRecordTakeNoOptions()
    {
        var catalog = PluginCatalog.Load([TestPlugin.Folder(TestPlugin.Good)]);

        Assert.Equal(typeof(NoOptions), catalog.Find("test.throwing")!.OptionsType);
    }

    [Fact]
    public void TheBuiltInPluginsAreInTheTestOutput()
    {
        Assert.True(Directory.Exists(PluginCatalog.BuiltInFolder));
        Assert.True(File.Exists(Path.Combine(PluginCatalog.BuiltInFolder, "Dreamer.Plugins.Kl", "Dreamer.Plugins.Kl.dll")));
        Assert.False(File.Exists(Path.Combine(PluginCatalog.BuiltInFolder, "Dreamer.Plugins.Kl", "TorchSharp.dll")));
        Assert.False(File.Exists(Path.Combine(PluginCatalog.BuiltInFolder, "Dreamer.Plugins.Kl", "Dreamer.Abstractions.dll")));

        var catalog = PluginCatalog.LoadWithBuiltIn([TestPlugin.Folder(TestPlugin.Good)]);

        Assert.NotNull(catalog.Find("test.counter"));
    }

    [Fact]
    public void RefusesAPluginThatCarriesItsOwnTorchSharp()
    {
        var folder = TestPlugin.Folder(TestPlugin.OwnTorchSharp);

        var exception = Assert.Throws<PluginLoadException>(() => PluginCatalog.Load([folder]));

        Assert.Equal(
            [
                $"Plugin 'Dreamer.TestPlugins.OwnTorchSharp' carries its own copy of TorchSharp.dll in '{folder}'. The host shares TorchSharp, " +
                "Dreamer.Abstractions and Dreamer.Modules with every plugin; a second copy breaks type identity or loads a second libtorch. " +
                "Fix: reference the Dreamer.Modules or Dreamer.Abstractions package, which keeps them out of a plugin's folder (docs/packages.md), " +
                "or reference them with Private=\"false\" and ExcludeAssets=\"runtime\" (TorchSharp: ExcludeAssets=\"runtime;native\") " +
                "as docs/writing-a-component.md shows; rebuild the plugin, and remove TorchSharp.dll from its folder.",
            ],
            exception.Problems);
        Assert.DoesNotContain(
            AssemblyLoadContext.All.SelectMany(context => context.Assemblies),
            assembly => assembly.GetName().Name == TestPlugin.OwnTorchSharp);
    }

    [Fact]
    public void RefusesAPluginThatCarriesTheContracts()
    {
        using var temporary = TestPlugin.Temporary();
        var folder = temporary.CopyPlugin(TestPlugin.Folder(TestPlugin.Good));
        File.Copy(typeof(IComponentOptions).Assembly.Location, Path.Combine(folder, "Dreamer.Abstractions.dll"));
        File.Copy(typeof(Dreamer.Modules.Layers.Mlp).Assembly.Location, Path.Combine(folder, "Dreamer.Modules.dll"));

        var exception = Assert.Throws<PluginLoadException>(() => PluginCatalog.Load([folder]));

        Assert.StartsWith(
            $"Plugin 'Dreamer.TestPlugins.Good' carries its own copy of Dreamer.Abstractions.dll, Dreamer.Modules.dll in '{folder}'.",
            Assert.Single(exception.Problems));
    }

    [Fact]
    public void RefusesAPluginBuiltAgainstOtherContracts()
    {
        var exception = Assert.Throws<PluginLoadException>(() => PluginCatalog.Load([TestPlugin.Folder(TestPlugin.OldContracts)]));

        Assert.Equal(
            [
                "Plugin 'Dreamer.TestPlugins.OldContracts' was built against Dreamer.Abstractions 0.9.0; this host has 1.0.0. " +
                "Fix: rebuild the plugin against Dreamer.Abstractions 1.0.0.",
            ],
            exception.Problems);
    }

    [Fact]
    public void RefusesAComponentKeyDeclaredTwice()
    {
        var exception = Assert.Throws<PluginLoadException>(() =>
            PluginCatalog.Load([TestPlugin.Folder(TestPlugin.Good), TestPlugin.Folder(TestPlugin.Duplicate)]));

        Assert.Equal(
            [
                "Component key 'test.counter' is declared more than once: by Dreamer.TestPlugins.Good.CounterEnvironment in " +
                "Dreamer.TestPlugins.Good and by Dreamer.TestPlugins.Duplicate.OtherCounter in Dreamer.TestPlugins.Duplicate. " +
                "Fix: give one of the components another key, or leave one of the plugins out.",
            ],
            exception.Problems);
        Assert.DoesNotContain(
            AssemblyLoadContext.All.SelectMany(context => context.Assemblies),
            assembly => assembly.GetName().Name == TestPlugin.Duplicate);
    }

    [Fact]
    public void RefusesACorruptAssembly()
    {
        using var temporary = TestPlugin.Temporary();
        var folder = Directory.CreateDirectory(Path.Combine(temporary.Path, "Corrupt")).FullName;
        var assembly = Path.Combine(folder, "Corrupt.dll");
        File.WriteAllText(assembly, "this is not an assembly");

        var exception = Assert.Throws<PluginLoadException>(() => PluginCatalog.Load([folder]));

        Assert.Equal(
            [
                $"Plugin 'Corrupt' ({assembly}) could not be loaded: Unknown file format. " +
                "Fix: rebuild the plugin and copy its whole build output (the dll, its deps.json and every dependency) into its folder.",
            ],
            exception.Problems);
    }

    [Fact]
    public void RefusesAPluginThatLacksADependency()
    {
        using var temporary = TestPlugin.Temporary();
        var folder = temporary.CopyPlugin(TestPlugin.Folder(TestPlugin.Good), "Dreamer.TestPlugins.Helper.dll");

        var exception = Assert.Throws<PluginLoadException>(() => PluginCatalog.Load([folder]));

        Assert.Equal(
            $"Plugin 'Dreamer.TestPlugins.Good' ({Path.Combine(folder, "Dreamer.TestPlugins.Good.dll")}) could not be loaded: " +
            "Could not load file or assembly 'Dreamer.TestPlugins.Helper, Version=1.0.0.0, Culture=neutral, PublicKeyToken=null'. " +
            "The system cannot find the file specified. " +
            "Fix: rebuild the plugin and copy its whole build output (the dll, its deps.json and every dependency) into its folder.",
            Assert.Single(exception.Problems));
    }

    [Fact]
    public void RefusesComponentClassesTheHostCannotBuild()
    {
        var exception = Assert.Throws<PluginLoadException>(() => PluginCatalog.Load([TestPlugin.Folder(TestPlugin.BadShape)]));

        Assert.Equal(
            [
                $"Component 'test.abstract' (Dreamer.TestPlugins.BadShape.AbstractComponent in Dreamer.TestPlugins.BadShape) is abstract. {ComponentRule}",
                $"Component 'test.hidden' (Dreamer.TestPlugins.BadShape.HiddenComponent in Dreamer.TestPlugins.BadShape) is not public. {ComponentRule}",
                $"Component 'test.two-constructors' (Dreamer.TestPlugins.BadShape.TwoConstructors in Dreamer.TestPlugins.BadShape) has 2 public constructors. {ComponentRule}",
                $"Component 'test.two-options' (Dreamer.TestPlugins.BadShape.TwoOptions in Dreamer.TestPlugins.BadShape) takes 2 options records (NoOptions, NoOptions). {ComponentRule}",
            ],
            exception.Problems.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void RefusesAnEncoderThatIsNotAModule() => Assert.Contains(
        "Component 'test.plain-encoder' (Dreamer.TestPlugins.BadContracts.PlainEncoder in Dreamer.TestPlugins.BadContracts) implements " +
        "IEncoder but does not derive from torch.nn.Module, which the encoder slot requires: the host trains, moves and checkpoints " +
        "its parameters with the agent. Fix: derive PlainEncoder from torch.nn.Module and register its layers with " +
        "RegisterComponents() in its constructor.",
        BadContractProblems());

    [Fact]
    public void RefusesAConstructorRecordThatIsNeitherOptionsNorContext() => Assert.Contains(
        "Component 'test.unmarked-options' (Dreamer.TestPlugins.BadContracts.UnmarkedOptionsComponent in Dreamer.TestPlugins.BadContracts) " +
        "takes UnmarkedOptions (parameter 'options'), a record that is neither an IComponentOptions record nor a context record the host " +
        "gives (ObservationShape, FeatureSize, ActionShape, CellShape, EnvironmentContext). Fix: declare UnmarkedOptions as a record that " +
        "implements IComponentOptions if it holds the component's options, or take one of those context records.",
        BadContractProblems());

    [Theory]
    [InlineData("test.positional-options", "PositionalOptionsComponent", "PositionalOptions has no public parameterless constructor")]
    [InlineData("test.fixed-options", "FixedOptionsComponent", "FixedOptions.Alpha, FixedOptions.FreeAvg have no public init accessor")]
    [InlineData("test.nested-options", "NestedOptionsComponent", "PositionalHead has no public parameterless constructor")]
    public void RefusesOptionsRecordsTheBinderCannotSet(string key, string component, string cause) => Assert.Contains(
        $"Component '{key}' (Dreamer.TestPlugins.BadContracts.{component} in Dreamer.TestPlugins.BadContracts) takes options that " +
        $"composition files cannot set: {cause}. Fix: give each options record a public parameterless constructor and declare each " +
        "option as a { get; init; } property with a default initializer, as docs/writing-a-component.md shows.",
        BadContractProblems());

    [Fact]
    public void EachComponentOfTheBadContractsPluginIsRefusedOnce() => Assert.Equal(5, BadContractProblems().Count);

    [Fact]
    public void RefusesFoldersThatHoldNoPlugin()
    {
        using var temporary = TestPlugin.Temporary();
        var missing = Path.Combine(temporary.Path, "missing");

        var exception = Assert.Throws<PluginLoadException>(() => PluginCatalog.Load([temporary.Path, missing]));

        Assert.Equal(
            [
                $"Plugin folder '{temporary.Path}' holds no plugin. Fix: give a folder that holds NAME.dll with its NAME.deps.json " +
                "(a plugin's build output), or a folder of such folders.",
                $"Plugin folder '{missing}' does not exist. Fix: build the plugin, or correct the folder's path.",
            ],
            exception.Problems);
    }

    [Fact]
    public void RefusesThePluginInTwoFolders()
    {
        using var temporary = TestPlugin.Temporary();
        var copy = temporary.CopyPlugin(TestPlugin.Folder(TestPlugin.Duplicate));
        var original = TestPlugin.Folder(TestPlugin.Duplicate);

        var exception = Assert.Throws<PluginLoadException>(() => PluginCatalog.Load([original, copy]));

        Assert.Contains(
            $"Plugin 'Dreamer.TestPlugins.Duplicate' is found in more than one folder: '{original}', '{copy}'. Fix: give only one of these folders.",
            exception.Problems);
    }

    [Fact]
    public void ReportsEveryRefusalAtOnceAndLoadsNothing()
    {
        var exception = Assert.Throws<PluginLoadException>(() => PluginCatalog.Load(
            [
                TestPlugin.Folder(TestPlugin.Good),
                TestPlugin.Folder(TestPlugin.Duplicate),
                TestPlugin.Folder(TestPlugin.OwnTorchSharp),
                TestPlugin.Folder(TestPlugin.OldContracts),
            ]));

        Assert.Equal(3, exception.Problems.Count);
        Assert.Equal(
            "3 plugin problems; no plugin was loaded:" + string.Concat(exception.Problems.Select(problem => $"{Environment.NewLine}  - {problem}")),
            exception.Message);
    }

    private static IReadOnlyList<string> BadContractProblems() =>
        Assert.Throws<PluginLoadException>(() => PluginCatalog.Load([TestPlugin.Folder(TestPlugin.BadContracts)])).Problems;
}
