using Dreamer.Abstractions.Behavior;
using Dreamer.Abstractions.Model;
using Dreamer.Modules.Distributions;
using Dreamer.Modules.Layers;
using Dreamer.Modules.Optimization;
using Dreamer.Training.Contracts;
using Dreamer.Training.Update;
using static TorchSharp.torch;

namespace Dreamer.Training.WorldModels;

/// <summary>
/// The DreamerV2 world model (dreamerv2.md §2–§4, §6): encoder, RSSM, decoder, reward head and (optional) discount
/// head with one <see cref="DreamerOptimizer"/> over all of them. <see cref="Loss(Batch)"/> forms
/// L_model = s_i·L_image + s_r·L_reward + s_d·L_discount + s_kl·L_kl; heads not in <c>grad_heads</c> see sg(features).
/// Components are built by the caller and passed in; encoder, decoder and dynamics cell must be modules. The first
/// result of each call into a component is checked against its contract's shape (<see cref="ComponentContractException"/>).
/// </summary>
public sealed class WorldModel : nn.Module
{
    private readonly WorldModelOptions options;
    private readonly IEncoder encoder;
    private readonly IDecoder decoder;
    private readonly Mlp reward;
    private readonly Mlp? discount;
    private readonly IKlScheme kl;
    private DreamerOptimizer? optimizer;

    public WorldModel(
        WorldModelOptions options,
        ObservationShape observation,
        ActionShape action,
        IEncoder encoder,
        IDecoder decoder,
        ILatentDistribution latent,
        IDynamicsCell dynamics,
        IKlScheme kl) : base("world_model")
    {
        this.options = options ?? throw new ArgumentNullException(nameof(options));
        ArgumentNullException.ThrowIfNull(observation);
        ArgumentNullException.ThrowIfNull(encoder);
        ArgumentNullException.ThrowIfNull(decoder);
        ArgumentNullException.ThrowIfNull(kl);
        this.encoder = new CheckedEncoder(encoder, observation);
        this.decoder = new CheckedDecoder(decoder, observation);
        this.kl = new CheckedKlScheme(kl);
        var unknown = options.GradHeads.Except(WorldModelOptions.HeadNames).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException($"world_model.grad_heads: unknown head(s) {string.Join(", ", unknown)}; allowed: {string.Join(", ", WorldModelOptions.HeadNames)}.", nameof(options));
        }
        Rssm = new Rssm(options.Hidden, action, encoder.EmbedSize, latent, dynamics);
        reward = new Mlp("reward", Rssm.FeatureSize, options.RewardHead.Layers, options.RewardHead.Units, 1);
        discount = options.DiscountHead.Enabled
            ? new Mlp("discount", Rssm.FeatureSize, options.DiscountHead.Layers, options.DiscountHead.Units, 1)
            : null;
        register_module("encoder", ComponentModule.Of(encoder, nameof(IEncoder)));
        register_module("rssm", Rssm);
        register_module("decoder", ComponentModule.Of(decoder, nameof(IDecoder)));
        register_module("reward", reward);
        if (discount is not null) register_module("discount", discount);
    }

    /// <summary>The options this model was built with.</summary>
    public WorldModelOptions Options => options;

    /// <summary>The recurrent state-space model.</summary>
    public Rssm Rssm { get; }

    /// <summary>The encoder, its embeddings checked on the first call.</summary>
    public IEncoder Encoder => encoder;

    /// <summary>The decoder, its results checked on the first call.</summary>
    public IDecoder Decoder => decoder;

    /// <summary>
    /// The model optimizer (§6): encoder, RSSM and all heads jointly. Created on first use, so move the model
    /// (<c>to(device)</c>, <c>to(dtype)</c>) before training or restoring optimizer state.
    /// </summary>
    public DreamerOptimizer Optimizer => optimizer ??= new DreamerOptimizer(this, options.Optimizer);

    /// <summary>Whether the model has a discount head.</summary>
    public bool HasDiscountHead => discount is not null;

    /// <summary>
    /// Preprocessing of §3: uint8 images → x/255 − 0.5, or uint8 binary grids → x (<see cref="WorldModelOptions.ObservationScale"/>),
    /// in the parameters' type; float observations unchanged.
    /// </summary>
    public Tensor Preprocess(Tensor observation)
    {
        ArgumentNullException.ThrowIfNull(observation);
        if (observation.dtype != ScalarType.Byte) return observation.to_type(Rssm.DataType);
        var values = observation.to_type(Rssm.DataType);                            // [..., C, H, W]
        return options.ObservationScale == ObservationScale.Binary ? values : values / 255.0 - 0.5;
    }

    /// <summary>Preprocessed observations or predictions as brightness in [0, 1], for pictures.</summary>
    public Tensor Brightness(Tensor preprocessed)
    {
        ArgumentNullException.ThrowIfNull(preprocessed);
        return (options.ObservationScale == ObservationScale.Binary ? preprocessed : preprocessed + 0.5).clamp(0, 1);
    }

    /// <summary>The reward-head target of §3: tanh(r) or r.</summary>
    public Tensor RewardTarget(Tensor reward) => options.RewardTransform == RewardTransform.Tanh
        ? reward.to_type(Rssm.DataType).tanh()
        : reward.to_type(Rssm.DataType);

    /// <summary>The reward head's mode (= mean) for features <c>[..., F]</c>: <c>[...]</c>.</summary>
    public Tensor Reward(Tensor features) => reward.forward(features).squeeze(-1);

    /// <summary>The discount head's mean σ(l) <c>[...]</c>, or null without a discount head.</summary>
    public Tensor? ContinueProbability(Tensor features) =>
        discount is null ? null : BernoulliLogits.Mean(discount.forward(features).squeeze(-1));

    /// <summary>The loss of §4 on <paramref name="batch"/> with sampled posteriors.</summary>
    public WorldModelLoss Loss(Batch batch) => Loss(batch, (parameters, _) => Rssm.Latent.Sample(parameters));

    /// <summary>
    /// The loss of §4 with posterior samples drawn by <paramref name="sample"/> (parameters <c>[B, P]</c>, time index →
    /// sample), for reproducible reference runs.
    /// </summary>
    public WorldModelLoss Loss(Batch batch, Func<Tensor, long, Tensor> sample)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var observation = Preprocess(batch.Observation);                           // [T, B, *obs]
        var embed = encoder.Encode(observation);                                    // [T, B, E]
        var action = batch.Action.to_type(Rssm.DataType);                           // [T, B, A]
        var sequence = Rssm.Observe(embed, action, batch.IsFirst, sample);
        var features = sequence.Posterior.Features();                               // [T, B, F]
        var detached = features.detach();

        var image = decoder.NegLogLikelihood(InputOf(WorldModelHeads.Decoder, features, detached), observation).mean(); // []
        var rewardPrediction = reward.forward(InputOf(WorldModelHeads.Reward, features, detached)).squeeze(-1); // [T, B]
        var rewardLoss = UnitNormal.NegLogLikelihood(rewardPrediction, RewardTarget(batch.Reward)).mean(); // []
        var discountLoss = zeros([], Rssm.DataType, features.device);               // []
        if (discount is not null)
        {
            var logits = discount.forward(InputOf(WorldModelHeads.Discount, features, detached)).squeeze(-1); // [T, B]
            var target = (1.0 - batch.IsTerminal.to_type(Rssm.DataType)) * options.Discount; // [T, B]
            discountLoss = BernoulliLogits.NegLogLikelihood(logits, target).mean();
        }
        var klLoss = kl.Loss(sequence.PosteriorParameters, sequence.PriorParameters, Rssm.Latent);
        var scales = options.LossScales;
        var total = image * scales.Image + rewardLoss * scales.Reward + discountLoss * scales.Discount + klLoss.Loss * scales.Kl;
        return new WorldModelLoss(total, image, rewardLoss, discountLoss, klLoss.Loss, klLoss.Value, sequence.Posterior, sequence.PriorParameters);
    }

    /// <summary>
    /// One world-model update (§1 step 4(i), §6): loss, backward, clip, weight decay, Adam. Nothing is read on the
    /// host; the returned tensors live in the caller's dispose scope.
    /// </summary>
    public WorldModelUpdate Train(Batch batch)
    {
        var loss = Loss(batch);
        var norm = Optimizer.Minimize(loss.Total);
        return new WorldModelUpdate(loss, norm, Metrics(loss, norm));
    }

    /// <summary>
    /// The named scalars of an update: the loss terms of §4 (image, reward, discount, KL before scaling, L_model), the
    /// KL value (<c>model_kl</c>), the mean prior and posterior entropies, and the gradient norm before clipping (§6).
    /// </summary>
    private IReadOnlyList<UpdateMetric> Metrics(WorldModelLoss loss, Tensor gradientNorm)
    {
        using var noGrad = no_grad();
        var latent = Rssm.Latent;
        return
        [
            new("loss/image", loss.Image.detach(), IsLoss: true),
            new("loss/reward", loss.Reward.detach(), IsLoss: true),
            new("loss/discount", loss.Discount.detach(), IsLoss: true),
            new("loss/kl", loss.Kl.detach(), IsLoss: true),
            new("loss/model", loss.Total.detach(), IsLoss: true),
            new("world_model/kl", loss.KlValue.detach()),
            new("world_model/prior_entropy", latent.Entropy(loss.PriorParameters).mean()),
            new("world_model/posterior_entropy", latent.Entropy(loss.Posterior.Parameters).mean()),
            new("world_model/grad_norm", gradientNorm),
        ];
    }

    /// <summary>
    /// The imagination starts of §5.1 / §10 D12 from a loss pass: all T·B posterior states, flattened to N and
    /// detached, with the batch's terminal flags <c>[N]</c>.
    /// </summary>
    public static ImaginationStart StartsFrom(WorldModelLoss loss, Batch batch)
    {
        ArgumentNullException.ThrowIfNull(loss);
        ArgumentNullException.ThrowIfNull(batch);
        var posterior = loss.Posterior.Detach();
        return new ImaginationStart(
            new LatentState(
                posterior.Deter.flatten(0, 1),                                      // [N, D]
                posterior.Stoch.flatten(0, 1),                                      // [N, S·K]
                posterior.Parameters.flatten(0, 1)),                                // [N, P]
            batch.IsTerminal.flatten(0, 1).to_type(posterior.Deter.dtype));         // [N]
    }

    private Tensor InputOf(string head, Tensor features, Tensor detached) =>
        options.GradHeads.Contains(head) ? features : detached;
}
