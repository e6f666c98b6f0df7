using System.Reflection;
using Dreamer.Abstractions.Components;
using static TorchSharp.torch;

namespace Dreamer.Training.Contracts;

/// <summary>
/// Checks the shape of what one method of a component returns, on the first call only. Shapes are metadata, so the
/// check reads nothing from the device and runs no tensor operation; once a result has passed, <see cref="Pending"/> is
/// false and callers skip the check. A wrong shape throws a <see cref="ComponentContractException"/> naming the
/// component (its key when it has a <see cref="ComponentAttribute"/>, its class and assembly), the method, the expected
/// and the actual shape, and <paramref name="rule"/>, the contract's shape in words.
/// </summary>
internal sealed class ShapeCheck(object component, string contract, string method, string rule)
{
    /// <summary>True until a result has passed the check.</summary>
    public bool Pending { get; private set; } = true;

    /// <summary>The dimensions of <paramref name="tensor"/> before its last <paramref name="trailing"/> ones.</summary>
    public static long[] Leading(Tensor tensor, int trailing) => tensor.shape[..^trailing];

    /// <summary><paramref name="result"/> when its shape is <paramref name="expected"/>; throws otherwise.</summary>
    public Tensor Verify(Tensor result, long[] expected)
    {
        var actual = result.shape;
        if (!actual.SequenceEqual(expected))
        {
            throw new ComponentContractException(
                $"Component {Name(component)} broke the {contract} contract: {method} returned {Text(actual)}, expected {Text(expected)} ({rule}).");
        }
        Pending = false;
        return result;
    }

    /// <summary>The component as messages name it: its key when it has one, its class and its assembly.</summary>
    public static string Name(object component)
    {
        var type = component.GetType();
        var where = $"{type.FullName} in {type.Assembly.GetName().Name}";
        var key = type.GetCustomAttribute<ComponentAttribute>(inherit: false)?.Key;
        return key is null ? where : $"'{key}' ({where})";
    }

    private static string Text(long[] shape) => $"[{string.Join(", ", shape)}]";
}
