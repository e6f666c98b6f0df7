using Dreamer.Abstractions.Environments;

namespace Dreamer.Environments.Rollout;

/// <summary>Plays one episode of any environment with a seeded random policy and keeps its frames.</summary>
public static class EpisodeRecorder
{
    /// <summary>
    /// Plays until the episode is last or <paramref name="maxSteps"/> steps have passed, keeping at most
    /// <paramref name="maxFrames"/> frames (the reset frame first).
    /// </summary>
    public static RecordedEpisode Record(IEnvironment env, FrameRenderer renderer, int seed, int maxFrames = 300, int maxSteps = 100_000)
    {
        ArgumentNullException.ThrowIfNull(env);
        ArgumentNullException.ThrowIfNull(renderer);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxFrames);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxSteps);
        var policy = new RandomPolicy(env.ActionSpace, seed);
        var frames = new List<RgbFrame> { renderer.Render(env.Reset().Observation) };
        var total = 0.0;
        var length = 0;
        TimeStep step;
        do
        {
            step = env.Step(policy.Next());
            total += step.Reward;
            length++;
            if (frames.Count < maxFrames)
            {
                frames.Add(renderer.Render(step.Observation));
            }
        }
        while (!step.IsLast && length < maxSteps);

        return new RecordedEpisode(frames, total, length);
    }
}
