using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Dreamer.Training.Tests.Checkpoints;

/// <summary>A module with parameters <c>a</c> and <c>b</c> of one shape, registered in the order asked.</summary>
internal sealed class TwoParameters : nn.Module
{
    public TwoParameters(bool aFirst) : base("two")
    {
        var a = new Parameter(zeros(2, 3));
        var b = new Parameter(zeros(2, 3));
        if (aFirst)
        {
            register_parameter("a", a);
            register_parameter("b", b);
        }
        else
        {
            register_parameter("b", b);
            register_parameter("a", a);
        }
    }
}
