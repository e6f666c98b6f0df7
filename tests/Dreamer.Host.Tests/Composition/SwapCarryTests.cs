using Dreamer.Abstractions.Components;
using Dreamer.Host.Composition;
using Dreamer.Host.Tests.Composition.Fixtures;

namespace Dreamer.Host.Tests.Composition;

/// <summary>
/// A later layer that changes a slot's component carries over every option the earlier layers gave it that the new
/// component takes by name and type; the rest are dropped and listed; the new layer's own options win.
/// </summary>
public sealed class SwapCarryTests
{
    private const string Base = "Composition/Presets/base.yaml:1";

    [Fact]
    public void ASwapToAComponentWithoutTheOptionsDropsAndListsThem()
    {
        var composition = CompositionTestSetup.Load("Valid/swap_latent.yaml");

        Assert.Equal("latent.other", composition.Component(ComponentSlot.Latent)!.Key);
        Assert.Equal(new OtherLatentOptions(), composition.Component(ComponentSlot.Latent)!.Options);
        Assert.Equal(
            [
                $"latent.with.variables: 16 ({Base}) dropped: latent.other has no option variables",
                $"latent.with.classes: 16 ({Base}) dropped: latent.other has no option classes",
            ],
            composition.Dropped.Select(dropped => dropped.ToString()));
        Assert.All(composition.Dropped, dropped => Assert.Equal(("latent.test", "latent.other"), (dropped.From, dropped.To)));
    }

    [Fact]
    public void OptionsOfTheSameNameAndTypeCarryOverWithTheirSources()
    {
        var composition = CompositionTestSetup.Load("Valid/nested.yaml", "latent.type=latent.wide");

        var options = (WideLatentOptions)composition.Component(ComponentSlot.Latent)!.Options;
        Assert.Equal((16, "all"), (options.Classes, options.Variables));
        Assert.Equal([100], options.Hidden);
        Assert.Equal(ValueSource.At("Composition/Presets/base.yaml", 1), composition.Values.Single(value => value.Path == "latent.with.classes").Source);
        var dropped = Assert.Single(composition.Dropped);
        Assert.Equal("latent.with.variables: 16 (Composition/Presets/base.yaml:1) dropped: variables is a whole number in latent.test but text in latent.wide", dropped.ToString());
    }

    [Fact]
    public void TheNewLayersOwnOptionsOverrideCarriedOnes()
    {
        var composition = CompositionTestSetup.Load("Valid/nested.yaml", "latent.type=latent.wide", "latent.with.classes=4", "latent.with.hidden=[7]");

        var options = (WideLatentOptions)composition.Component(ComponentSlot.Latent)!.Options;
        Assert.Equal(4, options.Classes);
        Assert.Equal([7], options.Hidden);
        Assert.Equal(ValueSource.Override, composition.Values.Single(value => value.Path == "latent.with.classes").Source);
    }

    [Fact]
    public void OptionsTheNewLayerGivesAfterTheSwapApplyAsUsual()
    {
        var choice = CompositionTestSetup.Load("Valid/nested.yaml", "latent.type=latent.other", "latent.with.min_std=0.5").Component(ComponentSlot.Latent)!;

        Assert.Equal(new OtherLatentOptions { MinStd = 0.5 }, choice.Options);
    }

    [Fact]
    public void ASlotSwappedTwiceCarriesThroughEachComponentInTurn()
    {
        var composition = CompositionTestSetup.Load("Valid/nested.yaml", "latent.type=latent.wide", "latent.with.hidden=[7]", "latent.type=latent.test");

        var options = (TestLatentOptions)composition.Component(ComponentSlot.Latent)!.Options;
        Assert.Equal(16, options.Classes);
        Assert.Equal([7], options.Hidden);
        Assert.Equal(32, options.Variables);
        Assert.Equal(["latent.with.variables"], composition.Dropped.Select(dropped => dropped.Path));
    }

    [Fact]
    public void AComponentSwappedForAnotherAndBackLosesWhatTheMiddleOneDidNotTake()
    {
        var composition = CompositionTestSetup.Load("Valid/swap_latent.yaml", "latent.type=latent.test");

        var options = (TestLatentOptions)composition.Component(ComponentSlot.Latent)!.Options;
        Assert.Equal((32, 32), (options.Variables, options.Classes));
        Assert.Equal(2, composition.Dropped.Count);
    }

    [Fact]
    public void ACarriedValueOutsideTheNewComponentsRangeIsAnErrorAtItsSource()
    {
        var exception = Assert.Throws<CompositionException>(() => CompositionTestSetup.Load("Valid/nested.yaml", "latent.with.classes=2000", "latent.type=latent.wide"));

        Assert.Contains(exception.Errors, error => error.Where == "--set" && error.Path == "latent.with.classes");
    }

    [Fact]
    public void RestatingTheSameTypeCarriesEverythingAndDropsNothing()
    {
        var composition = CompositionTestSetup.Load("Valid/nested.yaml", "latent.type=latent.test");

        Assert.Equal(16, ((TestLatentOptions)composition.Component(ComponentSlot.Latent)!.Options).Variables);
        Assert.Empty(composition.Dropped);
    }
}
