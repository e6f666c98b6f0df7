using Dreamer.Abstractions.Model;
using Dreamer.Plugins.Dynamics;
using Dreamer.Testing;
using Dreamer.Training.Contracts;

namespace Dreamer.Training.Tests.Testing;

/// <summary><see cref="DynamicsCheck"/> passes the built-in cells and names what a broken one gets wrong.</summary>
public sealed class DynamicsCheckTests
{
    private static readonly CellShape Cell = new(4);

    [Fact]
    public void TheLayerNormGruPasses() => DynamicsCheck.Run(ComponentBuilder.Create<LayerNormGruCell>(new GruCellOptions { Deter = 6 }, Cell), Cell);

    [Fact]
    public void TheGruPasses() => DynamicsCheck.Run(ComponentBuilder.Create<GruCell>(new GruCellOptions { Deter = 6 }, Cell), Cell);

    [Fact]
    public void TheTorchGruPasses() => DynamicsCheck.Run(ComponentBuilder.Create<TorchGruCell>(new GruCellOptions { Deter = 6 }, Cell), Cell);

    [Fact]
    public void AStateNarrowerThanStateSizeIsRefused()
    {
        var error = Assert.Throws<ComponentContractException>(() => DynamicsCheck.Run(new ShrinkingCell(Cell), Cell));

        Assert.Equal(
            "Component Dreamer.Training.Tests.Testing.ShrinkingCell in Dreamer.Training.Tests broke the IDynamicsCell contract: Step returned [2, 5], " +
            "expected [2, 6] ([B, D] with D = StateSize = 6).",
            error.Message);
    }
}
