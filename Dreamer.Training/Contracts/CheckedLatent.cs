using Dreamer.Abstractions.Model;
using static TorchSharp.torch;

namespace Dreamer.Training.Contracts;

/// <summary>
/// A latent distribution whose first result of each method is checked against its contract (dreamerv2.md §2.6,
/// §2.7): parameters <c>[..., P]</c> → samples and modes <c>[..., SampleSize]</c>, entropies and KL divergences
/// <c>[...]</c>.
/// </summary>
internal sealed class CheckedLatent : ILatentDistribution
{
    private const string PerState = "[...], the leading dimensions of the parameters";

    private readonly ILatentDistribution latent;
    private readonly ShapeCheck sample;
    private readonly ShapeCheck mode;
    private readonly ShapeCheck entropy;
    private readonly ShapeCheck kl;

    public CheckedLatent(ILatentDistribution latent)
    {
        this.latent = latent;
        var samples = $"[..., SampleSize] with SampleSize = {latent.SampleSize}";
        sample = new ShapeCheck(latent, nameof(ILatentDistribution), nameof(Sample), samples);
        mode = new ShapeCheck(latent, nameof(ILatentDistribution), nameof(Mode), samples);
        entropy = new ShapeCheck(latent, nameof(ILatentDistribution), nameof(Entropy), PerState);
        kl = new ShapeCheck(latent, nameof(ILatentDistribution), nameof(Kl), PerState);
    }

    public int ParameterSize => latent.ParameterSize;

    public int SampleSize => latent.SampleSize;

    public Tensor Sample(Tensor parameters) => OneSample(sample, latent.Sample(parameters), parameters);

    public Tensor Mode(Tensor parameters) => OneSample(mode, latent.Mode(parameters), parameters);

    public Tensor Entropy(Tensor parameters) => OneValue(entropy, latent.Entropy(parameters), parameters);

    public Tensor Kl(Tensor lhs, Tensor rhs) => OneValue(kl, latent.Kl(lhs, rhs), lhs);

    private Tensor OneSample(ShapeCheck check, Tensor result, Tensor parameters) =>
        check.Pending ? check.Verify(result, [.. ShapeCheck.Leading(parameters, 1), SampleSize]) : result;

    private static Tensor OneValue(ShapeCheck check, Tensor result, Tensor parameters) =>
        check.Pending ? check.Verify(result, ShapeCheck.Leading(parameters, 1)) : result;
}
