using Dreamer.Host.Composition;
using Dreamer.Modules.Layers;
using Dreamer.Training.Loop;

namespace Dreamer.Host.Tests.Wiring;

public sealed class PrecisionOptionTests
{
    [Fact]
    public void PrecisionDefaultsToFloat32AndBindsBfloat16()
    {
        Assert.Equal(ComputePrecision.Float32, TrainingHarness.Load().Section<TrainingOptions>().Precision);
        Assert.Equal(ComputePrecision.Bfloat16, TrainingHarness.Load(null, "training.precision=bfloat16").Section<TrainingOptions>().Precision);
    }

    [Fact]
    public void AnUnknownPrecisionIsAClearCompositionError()
    {
        var error = Assert.Throws<CompositionException>(() => TrainingHarness.Load(null, "training.precision=float16"));
        Assert.Equal(["--set: training.precision: float16 is not a valid choice; allowed: float32, bfloat16"], error.Errors.Select(e => e.ToString()));
    }
}
