using Dreamer.Abstractions.Components;
using Dreamer.Abstractions.Schedules;
using Dreamer.Host.Composition;
using Dreamer.Host.Tests.Composition.Fixtures;

namespace Dreamer.Host.Tests.Composition;

/// <summary>Values bind onto options records: defaults, number formats, enums, schedules, lists and nested records.</summary>
public sealed class BindingTests
{
    [Fact]
    public void AbsentKeysKeepTheRecordDefaults()
    {
        var composition = CompositionTestSetup.Load("Valid/minimal.yaml");

        Assert.Equal(new TestKlOptions(), composition.Component(ComponentSlot.Kl)!.Options);
        var latent = (TestLatentOptions)composition.Component(ComponentSlot.Latent)!.Options;
        Assert.Equal(32, latent.Variables);
        Assert.Equal([400, 400], latent.Hidden);
        Assert.Equal(Schedule.Constant(0.1), latent.Mix);
        Assert.Null(composition.Component(ComponentSlot.Environment));
        Assert.All(composition.Values.Where(value => !value.Path.EndsWith(".type", StringComparison.Ordinal)), value => Assert.Equal(ValueSource.Default, value.Source));
    }

    [Fact]
    public void NestedRecordsStartFromTheDefaultsTheirParentDeclares()
    {
        var worldModel = CompositionTestSetup.Load("Valid/minimal.yaml").Section<TestWorldModelOptions>();

        Assert.Equal(new TestWorldModelOptions(), worldModel);
        Assert.Equal(2e-4, worldModel.ModelOpt.Lr);
    }

    [Fact]
    public void NestedRecordsBindFromNestedMaps()
    {
        var composition = CompositionTestSetup.Load("Valid/nested.yaml");

        var worldModel = composition.Section<TestWorldModelOptions>();
        Assert.Equal(new Dreamer.Modules.Optimization.OptimizerOptions { Lr = 3e-4, Clip = 10 }, worldModel.ModelOpt);
        Assert.Equal(0.1, worldModel.KlScale);
        Assert.Equal("Composition/Valid/nested.yaml:3", composition.Values.Single(value => value.Path == "world_model.model_opt.clip").Source.Text);
    }

    [Fact]
    public void NumbersEnumsSchedulesAndListsBindInEveryWrittenForm()
    {
        var composition = CompositionTestSetup.Load("Valid/numbers.yaml");

        var latent = (TestLatentOptions)composition.Component(ComponentSlot.Latent)!.Options;
        Assert.Equal(32, latent.Variables);
        Assert.Equal(LatentMode.StraightThrough, latent.Mode);
        Assert.Equal([100, 200], latent.Hidden);
        Assert.Equal(5_000_000L, latent.Steps);
        Assert.Equal(Schedule.Linear(1, 0.1, 1000), latent.Mix);
        Assert.Equal(new TestKlOptions { Alpha = 0.5, Free = 1, FreeAvg = false, Scale = 0.1f }, composition.Component(ComponentSlot.Kl)!.Options);
        var training = composition.Section<TestTrainingOptions>();
        Assert.Equal(5_000_000L, training.Steps);
        Assert.Equal(10, training.Batch);
        Assert.Equal(TestDevice.Cuda, training.Device);
        Assert.Equal("quoted: name", training.Name);
        Assert.Equal(["decoder"], training.GradHeads);
        Assert.IsType<NoOptions>(composition.Component(ComponentSlot.Environment)!.Options);
    }

    [Theory]
    [InlineData("FreeAvg", "free_avg")]
    [InlineData("Lr", "lr")]
    [InlineData("KLScale", "kl_scale")]
    [InlineData("TrainEvery", "train_every")]
    [InlineData("StraightThrough", "straight_through")]
    public void PropertyNamesMapToSnakeCaseKeys(string property, string key) => Assert.Equal(key, KeyNaming.ToSnakeCase(property));

    [Fact]
    public void TheSchemaRejectsAnUnknownRequiredSlot() =>
        Assert.Throws<ArgumentException>(() => new CompositionSchema(CompositionTestSetup.Catalog, CompositionSections.Empty, new HashSet<string> { "latnet" }));

    [Fact]
    public void ASectionNameOrRecordTypeRegistersOnce()
    {
        var sections = CompositionSections.Empty.Add<TestTrainingOptions>("training");

        Assert.Throws<ArgumentException>(() => sections.Add<TestWorldModelOptions>("training"));
        Assert.Throws<ArgumentException>(() => sections.Add<TestTrainingOptions>("train"));
    }
}
