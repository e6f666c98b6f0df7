using Dreamer.Abstractions.Behavior;
using Dreamer.Modules.Threading;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Dreamer.Modules.Optimization;

/// <summary>
/// The optimizer of dreamerv2.md §6, as in the reference implementation: global L2 norm over all gradients,
/// g ← g · clip / max(norm, clip); then every parameter v ← (1 − wd)·v (not scaled by the learning rate); then
/// Adam (β1 0.9, β2 0.999) with TensorFlow's ε-hat: p ← p − lr·√(1−β2^t)/(1−β1^t) · m / (√v + ε).
/// Everything stays on the device: no host synchronisation.
/// </summary>
public sealed class DreamerOptimizer : IOptimizerState
{
    private const double Beta1 = 0.9;
    private const double Beta2 = 0.999;
    private const string FirstMoment = "exp_avg";
    private const string SecondMoment = "exp_avg_sq";

    private readonly Func<(string Name, Parameter Parameter)[]> source;
    private Tensor[]? firstMoments;
    private Tensor[]? secondMoments;

    /// <summary>An optimizer over a fixed list of parameters, named by position (<c>0</c>, <c>1</c>, …) in its state.</summary>
    public DreamerOptimizer(IEnumerable<Parameter> parameters, OptimizerOptions options)
    {
        var fixedList = parameters.Select((parameter, i) => (i.ToString(System.Globalization.CultureInfo.InvariantCulture), parameter)).ToArray();
        source = () => fixedList;
        Options = options;
    }

    /// <summary>
    /// An optimizer over the parameters of <paramref name="module"/>, looked up at every step, so moving the module to
    /// another device before the first step is safe. The moment tensors are created at the first step; their state
    /// names are the parameters' names in <paramref name="module"/> (<c>named_parameters</c>).
    /// </summary>
    public DreamerOptimizer(nn.Module module, OptimizerOptions options)
    {
        source = () => module.named_parameters().ToArray();
        Options = options;
    }

    public OptimizerOptions Options { get; }

    /// <inheritdoc />
    public long Steps { get; set; }

    /// <summary>The parameters this optimizer updates.</summary>
    public IReadOnlyList<Parameter> Parameters => CurrentParameters();

    /// <summary>Clears the gradients of this optimizer's parameters.</summary>
    public void ZeroGrad()
    {
        foreach (var (_, parameter) in source())
        {
            parameter.grad?.zero_();
        }
    }

    /// <summary>
    /// Zeroes the gradients, back-propagates <paramref name="loss"/>, and steps. Returns the global gradient norm
    /// before clipping as a scalar tensor on the device.
    /// </summary>
    public Tensor Minimize(Tensor loss)
    {
        ZeroGrad();
        loss.backward();
        return Step();
    }

    /// <summary>Steps on the gradients already accumulated; returns the pre-clip global norm as a device scalar.</summary>
    public Tensor Step()
    {
        using var noGrad = no_grad();
        var parameters = CurrentParameters();
        using var serial = SerialSection.Enter(parameters.Length == 0 ? 0 : parameters.Max(p => p.numel()));
        var (firstMoments, secondMoments) = Moments(parameters);
        var gradients = parameters.Where(p => p.grad is not null).Select(p => p.grad!).ToArray();
        var norm = gradients.Length == 0
            ? zeros([], device: parameters.Length > 0 ? parameters[0].device : CPU)
            : stack(gradients.Select(g => g.square().sum()).ToArray()).sum().sqrt();        // []
        if (Options.Clip > 0 && gradients.Length > 0)
        {
            var scale = (Options.Clip / norm.clamp_min(Options.Clip)).to_type(gradients[0].dtype); // []
            foreach (var gradient in gradients)
            {
                gradient.mul_(scale);
            }
        }
        Steps += 1;
        var stepSize = Options.Lr * Math.Sqrt(1 - Math.Pow(Beta2, Steps)) / (1 - Math.Pow(Beta1, Steps));
        for (var i = 0; i < parameters.Length; i++)
        {
            var parameter = parameters[i];
            if (Options.Wd > 0) parameter.mul_(1 - Options.Wd);
            var gradient = parameter.grad;
            if (gradient is null) continue;
            firstMoments[i].mul_(Beta1).add_(gradient, alpha: 1 - Beta1);
            secondMoments[i].mul_(Beta2).addcmul_(gradient, gradient, value: 1 - Beta2);
            parameter.addcdiv_(firstMoments[i], secondMoments[i].sqrt().add_(Options.Eps), value: -stepSize);
        }
        return norm;
    }

    /// <inheritdoc />
    public IReadOnlyList<KeyValuePair<string, Tensor>> StateTensors()
    {
        var named = source();
        var (firstMoments, secondMoments) = Moments(CurrentParameters());
        return named.SelectMany((pair, i) => new[]
        {
            new KeyValuePair<string, Tensor>($"{pair.Name}.{FirstMoment}", firstMoments[i]),
            new KeyValuePair<string, Tensor>($"{pair.Name}.{SecondMoment}", secondMoments[i]),
        }).ToList();
    }

    /// <inheritdoc />
    public string? PositionalName(string name)
    {
        var named = source();
        for (var i = 0; i < named.Length; i++)
        {
            if (name == $"{named[i].Name}.{FirstMoment}") return $"m.{i}";
            if (name == $"{named[i].Name}.{SecondMoment}") return $"v.{i}";
        }
        return null;
    }

    private Parameter[] CurrentParameters() => Array.ConvertAll(source(), named => named.Parameter);

    private (Tensor[] First, Tensor[] Second) Moments(Parameter[] parameters)
    {
        if (firstMoments is null || secondMoments is null)
        {
            using var noGrad = no_grad();
            firstMoments = parameters.Select(p => zeros_like(p).DetachFromDisposeScope()).ToArray();
            secondMoments = parameters.Select(p => zeros_like(p).DetachFromDisposeScope()).ToArray();
        }
        return (firstMoments, secondMoments);
    }
}
