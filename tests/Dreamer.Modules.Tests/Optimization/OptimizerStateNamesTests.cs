using Dreamer.Abstractions.Behavior;
using Dreamer.Modules.Layers;
using Dreamer.Modules.Optimization;
using static TorchSharp.torch;
using Parameter = TorchSharp.Modules.Parameter;

namespace Dreamer.Modules.Tests.Optimization;

/// <summary>The names of <see cref="DreamerOptimizer"/>'s state tensors and their positional names of the older checkpoint layout.</summary>
public sealed class OptimizerStateNamesTests
{
    [Fact]
    public void MomentsOfAModuleAreNamedByItsParameterNames()
    {
        var module = new Mlp("head", 3, 1, 4, 1);
        IOptimizerState optimizer = new DreamerOptimizer(module, new OptimizerOptions());

        var expected = module.named_parameters().SelectMany(pair => new[] { pair.name + ".exp_avg", pair.name + ".exp_avg_sq" });
        Assert.Equal(expected, optimizer.StateTensors().Select(pair => pair.Key));
        var shapes = module.named_parameters().ToDictionary(pair => pair.name + ".exp_avg_sq", pair => pair.parameter.shape);
        Assert.All(shapes, pair => Assert.Equal(pair.Value, optimizer.StateTensors().Single(state => state.Key == pair.Key).Value.shape));
    }

    [Fact]
    public void PositionalNamesNumberTheParametersInOrder()
    {
        IOptimizerState optimizer = new DreamerOptimizer([new Parameter(zeros(2)), new Parameter(zeros(1))], new OptimizerOptions());

        Assert.Equal(["0.exp_avg", "0.exp_avg_sq", "1.exp_avg", "1.exp_avg_sq"], optimizer.StateTensors().Select(pair => pair.Key));
        Assert.Equal(["m.0", "v.0", "m.1", "v.1"], optimizer.StateTensors().Select(pair => optimizer.PositionalName(pair.Key)));
        Assert.Null(optimizer.PositionalName("2.exp_avg"));
    }
}
