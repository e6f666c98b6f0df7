using Dreamer.Abstractions.Components;
using Dreamer.Host.Composition;
using Dreamer.Host.Tests.Composition.Fixtures;

namespace Dreamer.Host.Tests.Composition;

/// <summary>Presets layer in order, <c>--set</c> wins, and every leaf keeps its source (type changes: <see cref="SwapCarryTests"/>).</summary>
public sealed class LayeringTests
{
    private const string Presets = "Composition/Presets/";

    [Fact]
    public void LaterLayersOverrideEarlierOnesKeyByKeyAndSourcesNameTheWinningLayer()
    {
        var composition = CompositionTestSetup.Load("Valid/layered.yaml", "training.batch=64");

        string[] expected =
        [
            $"latent.type | latent.test | {Presets}base.yaml:1",
            $"latent.with.variables | 16 | {Presets}base.yaml:1",
            $"latent.with.classes | 8 | {Presets}small.yaml:6",
            "latent.with.mode | straight_through | default",
            "latent.with.hidden | [400, 400] | default",
            "latent.with.steps | 1000 | default",
            "latent.with.mix | 0.1 | default",
            $"kl.type | kl.test | {Presets}base.yaml:2",
            $"kl.with.alpha | 0.8 | {Presets}base.yaml:2",
            "kl.with.free | 0 | default",
            "kl.with.free_avg | true | default",
            "kl.with.scale | 1 | default",
            $"training.steps | 100000 | {Presets}base.yaml:3",
            "training.batch | 64 | --set",
            "training.length | 20 | Composition/Valid/layered.yaml:3",
            "training.device | cpu | default",
            "training.name | run | default",
            "training.grad_heads | [decoder, reward] | default",
            "world_model.model_opt.lr | 0.0002 | default",
            "world_model.model_opt.eps | 1E-05 | default",
            "world_model.model_opt.clip | 100 | default",
            "world_model.model_opt.wd | 1E-06 | default",
            "world_model.kl_scale | 1 | default",
        ];
        Assert.Equal(expected, composition.Values.Select(value => $"{value.Path} | {value.Text} | {value.Source}"));
    }

    [Fact]
    public void ListedPresetsApplyInOrderBeforeTheFileItself()
    {
        var training = CompositionTestSetup.Load("Valid/layered.yaml").Section<TestTrainingOptions>();

        Assert.Equal(32, training.Batch);
        Assert.Equal(20, training.Length);
        Assert.Equal(100_000, training.Steps);
    }

    [Fact]
    public void RestatingTheSameTypeKeepsTheOptions()
    {
        var options = (TestLatentOptions)CompositionTestSetup.Load("Valid/nested.yaml", "latent.type=latent.test").Component(ComponentSlot.Latent)!.Options;

        Assert.Equal(16, options.Variables);
    }

    [Fact]
    public void SetOverridesTheFileAndLaterSetsOverrideEarlierOnes()
    {
        var composition = CompositionTestSetup.Load("Valid/nested.yaml", "world_model.model_opt.lr=1e-3", "world_model.model_opt.lr=5e-4");

        Assert.Equal(5e-4, composition.Section<TestWorldModelOptions>().ModelOpt.Lr);
        Assert.Equal(ValueSource.Override, composition.Values.Single(value => value.Path == "world_model.model_opt.lr").Source);
    }

    [Fact]
    public void SetParsesItsValueAsYaml()
    {
        var training = CompositionTestSetup.Load("Valid/minimal.yaml", "training.grad_heads=[decoder, reward, discount]").Section<TestTrainingOptions>();

        Assert.Equal(["decoder", "reward", "discount"], training.GradHeads);
    }

    [Fact]
    public void AMissingFileIsAnError()
    {
        var exception = Assert.Throws<CompositionException>(() => CompositionTestSetup.Load("Valid/absent.yaml"));

        Assert.Equal("Composition/Valid/absent.yaml: the file does not exist", Assert.Single(exception.Errors).ToString());
    }
}
