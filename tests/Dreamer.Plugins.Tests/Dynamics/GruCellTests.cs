using Dreamer.Abstractions.Model;
using Dreamer.Plugins.Dynamics;
using TorchSharp;
using static TorchSharp.torch;

namespace Dreamer.Plugins.Tests.Dynamics;

public sealed class GruCellTests
{
    // TV7: rows = inputs [x, h0, h1], columns = [r0, r1, c0, c1, u0, u1].
    private static readonly double[,] Weights =
    {
        { 0.1, 0.2, 0.3, -0.4, 0.5, 0.6 },
        { -0.3, 0.1, 0.2, 0.0, -0.1, 0.4 },
        { 0.2, -0.5, 0.1, 0.3, 0.0, -0.2 },
    };

    private static readonly double[] Bias = [0, 0.1, -0.1, 0, 0.05, 0];

    private static T WithTv7Parameters<T>(T cell) where T : nn.Module
    {
        cell.to(ScalarType.Float64);
        using var noGrad = no_grad();
        var named = cell.named_parameters().ToDictionary(p => p.name, p => p.parameter);
        named["gates.weight"].copy_(tensor(Weights).t());                               // [3D, I + D]
        named["gates.bias"].copy_(tensor(Bias));
        return cell;
    }

    private static Tensor Input => tensor(new[] { 0.5 }).reshape(1, 1);                  // [B, I]

    private static Tensor State => tensor(new[] { 0.1, -0.2 }).reshape(1, 2);           // [B, D]

    [Fact]
    public void LayerNormCellReproducesTv7()
    {
        var cell = WithTv7Parameters(new LayerNormGruCell(new GruCellOptions { Deter = 2 }, new CellShape(1)));

        var next = cell.Step(Input, State).data<double>().ToArray();

        FiniteDifference.AssertClose([0.007469, -0.533569], next, 1e-6);
    }

    [Fact]
    public void CellWithoutLayerNormReproducesTv7()
    {
        var cell = WithTv7Parameters(new GruCell(new GruCellOptions { Deter = 2 }, new CellShape(1)));

        var next = cell.Step(Input, State).data<double>().ToArray();

        FiniteDifference.AssertClose([0.075196, -0.182118], next, 1e-6);
    }

    [Fact]
    public void LayerNormCellGradientsMatchFiniteDifferences()
    {
        var cell = WithTv7Parameters(new LayerNormGruCell(new GruCellOptions { Deter = 2 }, new CellShape(1)));
        var weights = tensor(new[] { 1.3, -0.7 });
        var point = cat([Input, State], -1);                                            // [1, I + D]
        Tensor Output(Tensor inputAndState) =>
            (cell.Step(inputAndState[.., ..1], inputAndState[.., 1..]) * weights).sum();

        FiniteDifference.AssertClose(FiniteDifference.Gradient(Output, point), FiniteDifference.Autograd(Output, point), 1e-8);

        var gates = cell.named_parameters().First(p => p.name == "gates.weight").parameter;
        cell.zero_grad();
        Output(point).backward();
        var autograd = gates.grad!.data<double>().ToArray();
        var numeric = FiniteDifference.Gradient(
            w =>
            {
                using var noGrad = no_grad();
                var saved = gates.clone();
                gates.copy_(w);
                var value = Output(point);
                gates.copy_(saved);
                return value;
            },
            gates.detach());
        FiniteDifference.AssertClose(numeric, autograd, 1e-8);
    }

    [Fact]
    public void CellsHaveTheAtariParameterCounts()
    {
        var withNorm = new LayerNormGruCell(new GruCellOptions(), new CellShape(600));
        var torchCell = new TorchGruCell(new GruCellOptions { Deter = 4 }, new CellShape(3));

        Assert.Equal(1200L * 1800 + 1800 + 3600, withNorm.parameters().Sum(p => p.numel()));
        Assert.Equal(600, withNorm.StateSize);
        Assert.Equal(new long[] { 5, 4 }, torchCell.Step(zeros(5, 3), zeros(5, 4)).shape);
    }

    [Fact]
    public void TorchGruCellFollowsTorchGruCellSemantics()
    {
        manual_seed(1);
        var cell = new TorchGruCell(new GruCellOptions { Deter = 3 }, new CellShape(2));
        var named = cell.named_parameters().ToDictionary(p => p.name, p => p.parameter);
        var x = randn(4, 2);
        var h = randn(4, 3);

        var gatesX = x.matmul(named["gru.weight_ih"].t()) + named["gru.bias_ih"];
        var gatesH = h.matmul(named["gru.weight_hh"].t()) + named["gru.bias_hh"];
        var (rx, zx, nx) = (gatesX[.., 0..3], gatesX[.., 3..6], gatesX[.., 6..9]);
        var (rh, zh, nh) = (gatesH[.., 0..3], gatesH[.., 3..6], gatesH[.., 6..9]);
        var reset = (rx + rh).sigmoid();
        var update = (zx + zh).sigmoid();
        var candidate = (nx + reset * nh).tanh();
        var expected = (1 - update) * candidate + update * h;

        Assert.True(cell.Step(x, h).allclose(expected, atol: 1e-6));
    }
}
