using Dreamer.Modules.Optimization;
using Dreamer.Training.Checkpoints;
using static TorchSharp.torch;

namespace Dreamer.Training.Tests.Checkpoints;

public sealed class OptimizerCheckpointTests
{
    private static readonly OptimizerOptions Options = new() { Lr = 1e-3, Eps = 1e-5, Clip = 0, Wd = 0 };

    [Fact]
    public void StateIsSavedUnderTheParameterNamesWithTheStepCount()
    {
        var optimizer = Stepped(new TwoParameters(aFirst: true), steps: 3);
        var tensors = new Dictionary<string, Tensor>();

        OptimizerCheckpoint.Capture("model", optimizer, tensors);

        Assert.Equal(["model.a.exp_avg", "model.a.exp_avg_sq", "model.b.exp_avg", "model.b.exp_avg_sq", "model.step"], tensors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(3L, tensors["model.step"].item<long>());
        Assert.Equal(ScalarType.Int64, tensors["model.step"].dtype);
    }

    [Fact]
    public void StateReloadsByNameWhenTheParametersAreInAnotherOrder()
    {
        var saved = Stepped(new TwoParameters(aFirst: true), steps: 2);
        var tensors = new Dictionary<string, Tensor>();
        OptimizerCheckpoint.Capture("model", saved, tensors);
        var reordered = new DreamerOptimizer(new TwoParameters(aFirst: false), Options);

        OptimizerCheckpoint.Restore("model", reordered, tensors);

        Assert.Equal(["b.exp_avg", "b.exp_avg_sq", "a.exp_avg", "a.exp_avg_sq"], reordered.StateTensors().Select(pair => pair.Key));
        foreach (var (key, tensor) in reordered.StateTensors()) Assert.Equal(Values(State(saved, key)), Values(tensor));
        Assert.NotEqual(Values(State(reordered, "a.exp_avg")), Values(State(reordered, "b.exp_avg")));
    }

    [Fact]
    public void TheOldPositionalLayoutLoadsByPosition()
    {
        var tensors = new Dictionary<string, Tensor>
        {
            ["model.m.0"] = full(new long[] { 2, 3 }, 1f),
            ["model.m.1"] = full(new long[] { 2, 3 }, 2f),
            ["model.v.0"] = full(new long[] { 2, 3 }, 3f),
            ["model.v.1"] = full(new long[] { 2, 3 }, 4f),
        };
        var optimizer = new DreamerOptimizer(new TwoParameters(aFirst: true), Options);

        OptimizerCheckpoint.Restore("model", optimizer, tensors);

        Assert.Equal(
            [("a.exp_avg", 1f), ("a.exp_avg_sq", 3f), ("b.exp_avg", 2f), ("b.exp_avg_sq", 4f)],
            optimizer.StateTensors().Select(pair => (pair.Key, pair.Value[0, 0].item<float>())));
    }

    [Fact]
    public void AMissingNamedMomentIsNotFilledByPosition()
    {
        var tensors = new Dictionary<string, Tensor> { ["model.a.exp_avg"] = zeros(2, 3), ["model.a.exp_avg_sq"] = zeros(2, 3) };
        var optimizer = new DreamerOptimizer(new TwoParameters(aFirst: true), Options);

        var error = Assert.Throws<InvalidDataException>(() => OptimizerCheckpoint.Restore("model", optimizer, tensors));

        Assert.Contains("'model.b.exp_avg'", error.Message);
    }

    private static DreamerOptimizer Stepped(TwoParameters module, int steps)
    {
        var optimizer = new DreamerOptimizer(module, Options);
        var weights = module.named_parameters().ToDictionary(pair => pair.name, pair => pair.parameter);
        for (var i = 0; i < steps; i++)
        {
            optimizer.Minimize((weights["a"] * (i + 1)).sum() + (weights["b"] * -(i + 2)).square().sum() + weights["b"].sum());
        }
        return optimizer;
    }

    private static float[] Values(Tensor tensor) => tensor.data<float>().ToArray();

    private static Tensor State(DreamerOptimizer optimizer, string key) => optimizer.StateTensors().Single(pair => pair.Key == key).Value;
}
