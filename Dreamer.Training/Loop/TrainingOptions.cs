using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Dreamer.Modules.Layers;

namespace Dreamer.Training.Loop;

/// <summary>
/// The training loop's settings (dreamerv2.md §1, §8): the composition section <c>training</c>. Steps count agent
/// steps (one policy action).
/// </summary>
public sealed record TrainingOptions
{
    [Description("Total agent steps of the run."), Range(1, long.MaxValue)]
    public long Steps { get; init; } = 50_000_000;

    [Description("Seed of every random source of the run."), Range(0, int.MaxValue)]
    public int Seed { get; init; }

    [Description("Device to train on: cpu, cuda or cuda:N.")]
    public string Device { get; init; } = "cpu";

    [Description("libtorch CPU threads of the process; 0: OMP_NUM_THREADS when set, else the cores it may use. Runs that share cores should split them (docs/training.md)."), Range(0, 4096)]
    public int Threads { get; init; }

    [Description("Training environments stepped in parallel, with one batched policy call per step; the step counter advances by envs per step."), Range(1, 1024)]
    public int Envs { get; init; } = 1;

    [Description("Number type of dense and convolutional layers: float32 or bfloat16 (parameters, losses, distributions and LayerNorm stay float32).")]
    public ComputePrecision Precision { get; init; } = ComputePrecision.Float32;

    [Description("Sequences per training batch (B)."), Range(1, 100_000)]
    public int Batch { get; init; } = 16;

    [Description("Steps per training sequence (L)."), Range(1, 100_000)]
    public int Length { get; init; } = 50;

    [Description("Agent steps of the uniform random policy before training starts."), Range(0, long.MaxValue)]
    public long Prefill { get; init; } = 50_000;

    [Description("Updates right after prefill, besides the first one."), Range(0, 1_000_000)]
    public int Pretrain { get; init; } = 1;

    [Description("Agent steps between training phases (Every semantics)."), Range(1, long.MaxValue)]
    public long TrainEvery { get; init; } = 16;

    [Description("Updates per training phase."), Range(1, 10_000)]
    public int TrainSteps { get; init; } = 1;

    [Description("Agent steps between evaluations."), Range(1, long.MaxValue)]
    public long EvalEvery { get; init; } = 250_000;

    [Description("Greedy episodes per evaluation."), Range(0, 10_000)]
    public int EvalEpisodes { get; init; } = 1;

    [Description("Evaluation environments stepped in parallel, with one batched policy call per step; each plays its share of the eval_episodes."), Range(1, 1024)]
    public int EvalEnvs { get; init; } = 1;

    [Description("Agent steps between metric log lines."), Range(1, long.MaxValue)]
    public long LogEvery { get; init; } = 10_000;

    [Description("Updates between checkpoints."), Range(1, long.MaxValue)]
    public long CheckpointEvery { get; init; } = 1_000;

    [Description("Agent steps at which a checkpoint is also kept for good, in checkpoints/kept/step-N (besides the two newest), for dreamer eval --step N; steps of the prefill are skipped.")]
    public IReadOnlyList<long> KeepCheckpoints { get; init; } = [];

    [Description("A loss term whose magnitude exceeds this factor × max(1, its largest magnitude in the first 100 updates of the process) stops the run as a NaN does; 0 turns the check off."), Range(0, double.MaxValue)]
    public double Divergence { get; init; } = 10_000;

    [Description("Agent steps after which an episode is cut (sets is_last, not is_terminal); 0 keeps episodes whole."), Range(0, long.MaxValue)]
    public long TimeLimit { get; init; }

    [Description("Agent steps after which an evaluation episode is cut (is_last, not is_terminal), so a greedy policy that can live forever (MinAtar Seaquest's sub at the surface) still ends its evaluation; 0 keeps evaluation episodes whole. training.time_limit cuts them too."), Range(0, long.MaxValue)]
    public long EvalTimeLimit { get; init; } = 27_000;

    [Description("Environment steps per agent step (rewards summed)."), Range(1, 1000)]
    public int ActionRepeat { get; init; } = 1;
}
