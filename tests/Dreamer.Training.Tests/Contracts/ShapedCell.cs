using Dreamer.Abstractions.Model;
using static TorchSharp.torch;

namespace Dreamer.Training.Tests.Contracts;

/// <summary>A dynamics cell of state size 8 that returns zeros of the shape the test gives for the state's shape.</summary>
internal sealed class ShapedCell(Func<long[], long[]> shape) : IDynamicsCell
{
    public int StateSize => 8;

    public Tensor Step(Tensor input, Tensor state) => zeros(shape(state.shape));
}
