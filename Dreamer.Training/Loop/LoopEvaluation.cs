using Dreamer.Abstractions.Environments;
using Dreamer.Training.Acting;
using Dreamer.Training.Logging;
using Dreamer.Training.Replay;
using Dreamer.Training.Runs;
using Dreamer.Training.Update;
using static TorchSharp.torch;

namespace Dreamer.Training.Loop;

/// <summary>
/// The training loop's evaluation (dreamerv2.md §1, §5.7): <c>eval_episodes</c> greedy episodes in the
/// <c>eval_envs</c> evaluation environments, each playing its share (<see cref="EpisodeQuota"/>), their mean return, mean length and number logged (<see cref="EvaluationScalars"/>), the return plotted
/// as a learning curve, and a GIF of the world model's open-loop predictions on replayed sequences.
/// </summary>
internal sealed class LoopEvaluation(
    TrainingOptions options, RunFolder folder, BuiltAgent agent, IReadOnlyList<IEnvironment> environments, AgentPolicy policy,
    SequenceSampler sampler, TrainingStep step, LoopLog log) : IDisposable
{
    private const int OpenLoopContext = 5;
    private const int OpenLoopSequences = 4;

    private readonly Driver driver = new(environments, agent.Observation.Dimensions, agent.Action.Size, agent.Observation.ElementType);

    /// <summary>Plays the greedy episodes and records them; stops early on <paramref name="cancellation"/>.</summary>
    public void Run(LoopState state, EpisodeStore store, string plotTitle, CancellationToken cancellation)
    {
        policy.Reset();
        var episodes = EpisodeQuota.Play(
            driver, (observations, first) => policy.Act(observations, first, sample: false), options.EvalEpisodes, cancellation).ToList();
        if (episodes.Count == 0) return;
        state.LastEvalReturn = episodes.Average(episode => episode.Return);
        log.WriteScalars(EvaluationScalars.Of(episodes));
        LearningCurvePlot.Save(folder.LearningCurve, MetricsLog.Read(folder.Metrics), plotTitle, state.RandomReturn);
        SaveOpenLoopVideo(state.Step, store);
    }

    public void Dispose() => policy.Dispose();

    private void SaveOpenLoopVideo(long agentStep, EpisodeStore store)
    {
        if (store.Episodes.Count == 0) return;
        using var scope = NewDisposeScope();
        var sequences = new SequenceBatch(options.Length, Math.Min(OpenLoopSequences, options.Batch), agent.Observation.Dimensions, agent.Action.Size, agent.Observation.ElementType);
        sampler.Fill(sequences, -1 - agentStep);
        var frames = OpenLoopVideo.Render(agent.WorldModel, step, sequences, OpenLoopContext);   // [T, 3, H, W]
        Directory.CreateDirectory(folder.Videos);
        OpenLoopGif.Save(frames, Path.Combine(folder.Videos, $"open-loop-{agentStep:D9}.gif"), OpenLoopContext, sequences.Batch);
        log.Video("world_model/open_loop", frames.unsqueeze(0));
    }
}
