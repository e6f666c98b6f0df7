using Dreamer.Abstractions.Environments;
using Dreamer.Host.Cli;
using Dreamer.Host.Replay;
using Dreamer.Host.Training;

namespace Dreamer.Host.Tests.TrainingLoop;

/// <summary>The agent of the tiny test composition (1×64×64 images, 3 actions) and synthetic host batches for it.</summary>
internal static class TinyAgent
{
    public static readonly int[] ObservationShape = [1, 64, 64];
    public const int Actions = 3;

    /// <summary>Builds the agent on the CPU; seed torch's generator first for reproducible weights.</summary>
    public static BuiltAgent Build(params string[] overrides) => new AgentBuilder(new HostServices().Factory()).Build(
        TrainingHarness.Load(null, overrides), new BoxSpace(ObservationShape, ElementType.UInt8, 0, 255), new DiscreteSpace(Actions));

    /// <summary>A host batch of random images, one-hot actions, rewards and flags drawn from <paramref name="seed"/>.</summary>
    public static SequenceBatch Batch(int seed, int length = 8, int batch = 4)
    {
        var random = new Random(seed);
        var sequences = new SequenceBatch(length, batch, ObservationShape, Actions);
        random.NextBytes(sequences.Observations);
        for (var position = 0; position < length * batch; position++)
        {
            sequences.Actions[position * Actions + random.Next(Actions)] = 1f;
            sequences.Rewards[position] = random.Next(3) - 1;
            sequences.IsFirst[position] = position < batch ? 1f : 0f;
            sequences.IsTerminal[position] = random.Next(20) == 0 ? 1f : 0f;
        }
        return sequences;
    }
}
