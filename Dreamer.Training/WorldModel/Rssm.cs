using Dreamer.Abstractions.Model;
using Dreamer.Modules.Layers;
using Dreamer.Modules.Threading;
using Dreamer.Training.Contracts;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Dreamer.Training.WorldModels;

/// <summary>
/// The recurrent state-space model of dreamerv2.md §2 around a dynamics cell and a latent distribution:
/// img_in = ELU(Linear([stoch; action])) → cell → img_out = ELU(Linear(h)) → prior parameters (§2.2);
/// obs_out = ELU(Linear([h; embed])) → posterior parameters (§2.4). The initial state is zeros; on
/// <c>is_first</c> the previous state and action are zeroed (§2.5). State passes explicitly. The first result of each
/// call into the latent distribution and the dynamics cell is checked against its contract's shape.
/// </summary>
public sealed class Rssm : nn.Module
{
    private readonly Linear img_in;
    private readonly nn.Module cell;
    private readonly Linear img_out;
    private readonly Linear img_dist;
    private readonly Linear obs_out;
    private readonly Linear obs_dist;
    private readonly IDynamicsCell dynamics;

    /// <param name="hidden">Width Hd of img_in, img_out and obs_out.</param>
    /// <param name="action">The action vector.</param>
    /// <param name="embedSize">Width E of the encoder's embedding.</param>
    /// <param name="latent">The stochastic state's distribution.</param>
    /// <param name="dynamics">The recurrent cell, a module; built with <c>CellShape(hidden)</c>.</param>
    public Rssm(int hidden, ActionShape action, int embedSize, ILatentDistribution latent, IDynamicsCell dynamics) : base("rssm")
    {
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(latent);
        ArgumentNullException.ThrowIfNull(dynamics);
        Latent = new CheckedLatent(latent);
        this.dynamics = new CheckedDynamicsCell(dynamics);
        ActionSize = action.Size;
        img_in = nn.Linear(latent.SampleSize + action.Size, hidden);
        cell = ComponentModule.Of(dynamics, nameof(IDynamicsCell));
        img_out = nn.Linear(dynamics.StateSize, hidden);
        img_dist = nn.Linear(hidden, latent.ParameterSize);
        obs_out = nn.Linear(dynamics.StateSize + embedSize, hidden);
        obs_dist = nn.Linear(hidden, latent.ParameterSize);
        RegisterComponents();
        Initialization.GlorotUniform(img_in);
        Initialization.GlorotUniform(img_out);
        Initialization.GlorotUniform(img_dist);
        Initialization.GlorotUniform(obs_out);
        Initialization.GlorotUniform(obs_dist);
    }

    /// <summary>The latent distribution of the stochastic state, its results checked on the first call.</summary>
    public ILatentDistribution Latent { get; }

    /// <summary>Width A of an action.</summary>
    public int ActionSize { get; }

    /// <summary>Width D of the deterministic state.</summary>
    public int DeterSize => dynamics.StateSize;

    /// <summary>The floating-point type of the parameters.</summary>
    public ScalarType DataType => img_in.weight!.dtype;

    /// <summary>Width F = SampleSize + D of the features.</summary>
    public int FeatureSize => Latent.SampleSize + dynamics.StateSize;

    /// <summary>The all-zero state of <paramref name="batch"/> rows (§2.5).</summary>
    public LatentState Initial(long batch, ScalarType dtype, Device device) => new(
        zeros([batch, DeterSize], dtype, device),                                    // [B, D]
        zeros([batch, Latent.SampleSize], dtype, device),                            // [B, S·K]
        zeros([batch, Latent.ParameterSize], dtype, device));                        // [B, P]

    /// <summary>
    /// The posterior pass of §2.4 over a sequence: embeddings <c>[T, B, E]</c>, actions <c>[T, B, A]</c> (row t led
    /// into x_t), <c>is_first</c> <c>[T, B]</c>; from the zero state.
    /// </summary>
    public RssmSequence Observe(Tensor embed, Tensor action, Tensor isFirst) =>
        Observe(embed, action, isFirst, (parameters, _) => Latent.Sample(parameters));

    /// <summary>
    /// <see cref="Observe(Tensor, Tensor, Tensor)"/> with the posterior sample drawn by <paramref name="sample"/>
    /// (parameters <c>[B, P]</c> and the time index → sample <c>[B, SampleSize]</c>), for reproducible reference runs.
    /// </summary>
    public RssmSequence Observe(Tensor embed, Tensor action, Tensor isFirst, Func<Tensor, long, Tensor> sample)
    {
        var steps = embed.shape[0];
        var state = Initial(embed.shape[1], embed.dtype, embed.device);
        var deters = new List<Tensor>();
        var stochs = new List<Tensor>();
        var posteriors = new List<Tensor>();
        using (SerialSection.Enter(embed.shape[1] * FeatureSize))
        {
            for (long t = 0; t < steps; t++)
            {
                using var scope = NewDisposeScope();
                var step = t;
                var posterior = PosteriorStep(state, action[t], embed[t], isFirst[t], parameters => sample(parameters, step));
                state = posterior;
                deters.Add(posterior.Deter.MoveToOuterDisposeScope());
                stochs.Add(posterior.Stoch.MoveToOuterDisposeScope());
                posteriors.Add(posterior.Parameters.MoveToOuterDisposeScope());
            }
        }
        var deter = stack(deters);                                                   // [T, B, D]
        var posteriorParameters = stack(posteriors);                                 // [T, B, P]
        return new RssmSequence(
            new LatentState(deter, stack(stochs), posteriorParameters),              // [T, B, ...]
            posteriorParameters,
            PriorHead(deter));                                                       // [T, B, P], outside the recurrence
    }

    /// <summary>
    /// One posterior step of §2.4, as the agent takes while acting (§5.7): the previous state <c>[B, ...]</c> and the
    /// action that led into this observation <c>[B, A]</c> are zeroed where <paramref name="isFirst"/> <c>[B]</c> is 1;
    /// then the prior step and the posterior from the embedding <c>[B, E]</c>. Returns the sampled posterior state and
    /// the prior parameters <c>[B, P]</c>.
    /// </summary>
    public (LatentState Posterior, Tensor Prior) ObserveStep(LatentState previous, Tensor action, Tensor embed, Tensor isFirst)
    {
        var posterior = PosteriorStep(previous, action, embed, isFirst, Latent.Sample);
        return (posterior, PriorHead(posterior.Deter));                              // [B, P]
    }

    /// <summary>
    /// The recurrent part of a posterior step: reset where is_first, h_t = f(h_{t−1}, z_{t−1}, a_t), then the posterior
    /// from (h_t, embed) and its sample. The prior head, which the recurrence does not need, is left to the caller.
    /// </summary>
    private LatentState PosteriorStep(LatentState previous, Tensor action, Tensor embed, Tensor isFirst, Func<Tensor, Tensor> sample)
    {
        var keep = (1.0 - isFirst.to_type(embed.dtype)).unsqueeze(-1);              // [B, 1]
        var reset = new LatentState(previous.Deter * keep, previous.Stoch * keep, previous.Parameters * keep);
        var deter = Deterministic(reset, action * keep);                            // [B, D]
        var posterior = PosteriorParameters(deter, embed);                          // [B, P]
        return new LatentState(deter, sample(posterior), posterior);                // [B, S·K] sample
    }

    /// <summary>One prior step of §2.2 with a sampled stochastic state: previous state <c>[N, ...]</c>, action <c>[N, A]</c>.</summary>
    public LatentState ImagineStep(LatentState previous, Tensor action)
    {
        var (deter, prior) = PriorParameters(previous, action);                     // [N, D], [N, P]
        return new LatentState(deter, Latent.Sample(prior), prior);
    }

    /// <summary>
    /// The rollout of §5.1: from <paramref name="start"/> <c>[N, ...]</c>, <paramref name="horizon"/> prior steps with
    /// actions from <paramref name="policy"/>, which sees stop-gradient features. Index 0 = start with a zero action.
    /// </summary>
    public Trajectory Imagine(LatentState start, Func<Tensor, Tensor> policy, int horizon)
    {
        var state = start;
        var features = new List<Tensor> { start.Features() };                       // (H+1) × [N, F]
        var actions = new List<Tensor> { zeros([start.Deter.shape[0], ActionSize], start.Deter.dtype, start.Deter.device) };
        using (SerialSection.Enter(start.Deter.shape[0] * FeatureSize))
        {
            for (var k = 1; k <= horizon; k++)
            {
                using var scope = NewDisposeScope();
                var action = policy(features[^1].detach());                         // [N, A]
                state = ImagineStep(state, action);
                var feature = state.Features();                                      // [N, F]
                state = new LatentState(
                    state.Deter.MoveToOuterDisposeScope(),
                    state.Stoch.MoveToOuterDisposeScope(),
                    state.Parameters.MoveToOuterDisposeScope());
                features.Add(feature.MoveToOuterDisposeScope());
                actions.Add(action.MoveToOuterDisposeScope());
            }
        }
        return new Trajectory(stack(features), stack(actions));                     // [H+1, N, F], [H+1, N, A]
    }

    private (Tensor Deter, Tensor Prior) PriorParameters(LatentState previous, Tensor action)
    {
        var deter = Deterministic(previous, action);                                 // [B, D]
        return (deter, PriorHead(deter));                                            // [B, P]
    }

    private Tensor Deterministic(LatentState previous, Tensor action)
    {
        var input = Activations.Elu(MixedPrecision.Linear(img_in, cat([previous.Stoch, action], -1))); // [B, Hd]
        return dynamics.Step(input, previous.Deter);                                 // [B, D]
    }

    /// <summary>The prior parameters of §2.2 from deterministic states <c>[..., D]</c>: <c>[..., P]</c>.</summary>
    private Tensor PriorHead(Tensor deter)
    {
        var hidden = Activations.Elu(MixedPrecision.Linear(img_out, deter));          // [..., Hd]
        return MixedPrecision.Linear(img_dist, hidden);                              // [..., P]
    }

    private Tensor PosteriorParameters(Tensor deter, Tensor embed)
    {
        var hidden = Activations.Elu(MixedPrecision.Linear(obs_out, cat([deter, embed], -1))); // [B, Hd]
        return MixedPrecision.Linear(obs_dist, hidden);                              // [B, P]
    }
}
