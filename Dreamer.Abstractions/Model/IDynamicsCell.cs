using static TorchSharp.torch;

namespace Dreamer.Abstractions.Model;

/// <summary>
/// The deterministic recurrence of the RSSM, <c>h_t = f(x_t, h_{t−1})</c> (dreamerv2.md §2.3). The state is the
/// output. The initial state is zeros (§2.5). The component class must derive from <c>torch.nn.Module</c>: the host
/// registers it in the RSSM and refuses a dynamics cell class that is not a module when it loads the plugin. The host
/// checks that the first new state is <c>[B, StateSize]</c>. Constructor: its options record and a <see cref="CellShape"/>.
/// </summary>
public interface IDynamicsCell
{
    /// <summary>Width D of the deterministic state.</summary>
    int StateSize { get; }

    /// <summary>Input <c>[B, I]</c> and previous state <c>[B, D]</c> → new state <c>[B, D]</c>.</summary>
    Tensor Step(Tensor input, Tensor state);
}
