using System.Diagnostics;
using System.Globalization;
using Dreamer.Abstractions.Behavior;
using Dreamer.Plugins.Kl;
using Dreamer.Training.Acting;
using Dreamer.Training.WorldModels;
using static TorchSharp.torch;

namespace Dreamer.Benchmarks;

/// <summary>
/// <c>profile</c>: where one update's time goes (dreamerv2.md §1 step 4), phase by phase at a preset's sizes. Each
/// phase runs on its own with the inputs the update gives it (detached, so its backward stops at its inputs), forward
/// alone and forward with backward, as the median over the timed repetitions; the backward column is their difference.
/// Then the whole update in its parts (loss forward, backward, clip/decay/Adam, behavior), one acting step of one
/// environment (encoder, posterior step, actor, as <see cref="AgentPolicy"/> does it) and one replay batch (sampling
/// and the copy to the device, <see cref="ReplayProfile"/>). Prints a Markdown table and the update's floating-point
/// operations (<see cref="UpdateFlops"/>).
/// </summary>
public static class ProfileBenchmark
{
    public static UpdateTimings Run(BenchmarkArguments arguments)
    {
        var device = arguments.Device;
        var (model, learner) = BenchmarkAgent.OnDevice(arguments.Preset, device);
        var batch = BenchmarkAgent.RandomBatch(arguments.Preset, arguments.Length, arguments.Batch, device);
        var kl = new BalancedKl(new BalancedKlOptions());
        var imagination = new WorldModelImagination(model);
        var horizon = learner.Options.Horizon;
        var rows = new List<ProfileRow>();
        Console.WriteLine($"profile, {arguments.Sizes}, H={horizon}, device {device}, threads {get_num_threads()}, " +
                          $"{arguments.Warmup} warm-up and {arguments.Updates} timed repetitions per phase (median)");

        // Inputs of each phase, as one loss pass gives them, detached.
        Tensor observation, embedIn, featuresIn, posteriorIn, priorIn;
        ImaginationStart start;
        using (no_grad())
        {
            observation = model.Preprocess(batch.Observation);                                 // [T, B, C, H, W]
            embedIn = model.Encoder.Encode(observation);                                       // [T, B, E]
            var loss = model.Loss(batch);
            featuresIn = loss.Posterior.Features();                                            // [T, B, F]
            posteriorIn = loss.Posterior.Parameters;                                           // [T, B, P]
            priorIn = loss.PriorParameters;                                                    // [T, B, P]
            start = WorldModel.StartsFrom(loss, batch);
        }
        var action = batch.Action.to_type(model.Rssm.DataType);                                // [T, B, A]
        var targetIn = (1.0 - batch.IsTerminal) * model.Options.Discount;                      // [T, B]

        Phase("encoder (T·B images)", () => model.Encoder.Encode(observation));
        Phase("RSSM observe loop (T posterior steps, then the prior head)", () =>
        {
            var sequence = model.Rssm.Observe(Leaf(embedIn), action, batch.IsFirst);
            return sequence.Posterior.Features().sum() + sequence.PriorParameters.sum();
        });
        Phase("decoder and image NLL", () => model.Decoder.NegLogLikelihood(Leaf(featuresIn), observation).mean());
        Phase("reward and discount heads and their NLL", () =>
        {
            var features = Leaf(featuresIn);
            var reward = Dreamer.Modules.Distributions.UnitNormal.NegLogLikelihood(model.Reward(features), model.RewardTarget(batch.Reward)).mean();
            var continues = model.ContinueProbability(features)!;
            return reward + Dreamer.Modules.Distributions.BernoulliLogits.NegLogLikelihood(continues.logit(), targetIn).mean();
        });
        Phase("KL (balanced)", () => kl.Loss(Leaf(posteriorIn), Leaf(priorIn), model.Rssm.Latent).Loss);
        Phase("imagination (H prior steps, actor samples)", () =>
        {
            var trajectory = imagination.Imagine(start.State, features => learner.Actor.Sample(features.detach()), horizon);
            return trajectory.Features.sum();
        });
        var trajectoryIn = TrajectoryFeatures(imagination, learner, start, horizon);            // [H+1, N, F]
        Phase("behavior heads over the trajectory (reward, discount, slow critic)", () =>
        {
            var features = Leaf(trajectoryIn);
            return imagination.Reward(features).sum() + imagination.ContinueProbability(features)!.sum() + learner.TargetCritic.Value(features).sum();
        });
        Phase("actor and critic networks over the trajectory", () =>
        {
            var features = trajectoryIn[..^1];
            var policy = learner.Actor.Distribution(features[..^1]);
            return policy.Entropy().sum() + learner.Critic.forward(features).sum();
        });

        // The whole update in its parts.
        var lossForward = new List<double>();
        var backward = new List<double>();
        var optimizer = new List<double>();
        var behavior = new List<double>();
        var whole = new List<double>();
        var cpu = new List<double>();
        var process = Process.GetCurrentProcess();
        for (var i = 0; i < arguments.Warmup + arguments.Updates; i++)
        {
            using var scope = NewDisposeScope();
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            var loss = model.Loss(batch);
            loss.Total.item<float>();
            var forwardDone = clock.Elapsed.TotalMilliseconds;
            model.Optimizer.ZeroGrad();
            loss.Total.backward();
            var backwardDone = clock.Elapsed.TotalMilliseconds;
            model.Optimizer.Step().item<float>();
            var stepDone = clock.Elapsed.TotalMilliseconds;
            learner.Train(imagination, WorldModel.StartsFrom(loss, batch), i).ActorLoss.item<float>();
            var end = clock.Elapsed.TotalMilliseconds;
            process.Refresh();
            if (i < arguments.Warmup) continue;
            lossForward.Add(forwardDone);
            backward.Add(backwardDone - forwardDone);
            optimizer.Add(stepDone - backwardDone);
            behavior.Add(end - stepDone);
            whole.Add(end);
            cpu.Add((process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
        }
        rows.Add(new("world-model loss, forward (all of the above world-model phases)", Median(lossForward), null));
        rows.Add(new("world-model loss, backward", null, Median(backward)));
        rows.Add(new("world-model global-norm clip, weight decay, Adam", Median(optimizer), null));
        rows.Add(new("behavior update (imagination, heads, λ-returns, actor and critic losses, backward, 2 × Adam, slow critic)", Median(behavior), null));
        rows.Add(new("**one update**", Median(whole), null));

        var policy = new AgentPolicy(model, learner, arguments.Preset.Observation, arguments.Preset.Actions, device);
        var frame = new byte[arguments.Preset.Observation.Aggregate(1, (product, d) => product * d)];
        Repeat("acting step, one environment (encoder, posterior step, actor; no gradients)", () => policy.Act(frame, [0f], sample: true));
        using (var replay = ReplayProfile.Create(arguments.Preset, arguments.Length, arguments.Batch, device))
            Repeat("replay batch (sample B sequences of L steps, copy to the device)", replay.Next);

        Console.WriteLine();
        Console.WriteLine("| phase | forward ms | backward ms | forward + backward ms |");
        Console.WriteLine("|---|---:|---:|---:|");
        foreach (var row in rows) Console.WriteLine(row.Markdown());
        Console.WriteLine();
        UpdateFlops.Print(arguments.Preset, arguments.Batch, arguments.Length, horizon, Median(whole));
        return new UpdateTimings($"one update, {arguments.Sizes}, threads {get_num_threads()}", TimingStatistics.Of(whole), TimingStatistics.Of(cpu));

        void Phase(string name, Func<Tensor> forward)
        {
            var forwardTimes = Times(() => forward());
            var bothTimes = Times(() => forward().sum().backward());
            rows.Add(new(name, Median(forwardTimes), Median(bothTimes) - Median(forwardTimes)));
        }

        void Repeat(string name, Action work) => rows.Add(new(name, Median(Times(work)), null));

        List<double> Times(Action work)
        {
            var times = new List<double>();
            for (var i = 0; i < arguments.Warmup + arguments.Updates; i++)
            {
                using var scope = NewDisposeScope();
                var clock = Stopwatch.StartNew();
                work();
                if (i >= arguments.Warmup) times.Add(clock.Elapsed.TotalMilliseconds);
            }
            return times;
        }
    }

    /// <summary>A detached copy of <paramref name="value"/> that takes gradients, so a phase's backward stops there.</summary>
    private static Tensor Leaf(Tensor value) => value.detach().requires_grad_(true);

    private static Tensor TrajectoryFeatures(WorldModelImagination imagination, Plugins.Behavior.ActorCritic learner, ImaginationStart start, int horizon)
    {
        using var noGrad = no_grad();
        return imagination.Imagine(start.State, features => learner.Actor.Sample(features), horizon).Features.detach();
    }

    private static double Median(List<double> values) => TimingStatistics.Of(values).Median;

    private sealed record ProfileRow(string Phase, double? Forward, double? Backward)
    {
        public string Markdown()
        {
            double? both = Forward is null && Backward is null ? null : (Forward ?? 0) + (Backward ?? 0);
            return $"| {Phase} | {Format(Forward)} | {Format(Backward)} | {Format(both)} |";
        }

        private static string Format(double? value) => value is null ? "" : value.Value.ToString("F1", CultureInfo.InvariantCulture);
    }
}
