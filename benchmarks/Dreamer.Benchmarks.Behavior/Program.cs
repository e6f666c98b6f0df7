using System.Diagnostics;
using Dreamer.Abstractions.Behavior;
using Dreamer.Abstractions.Components;
using Dreamer.Abstractions.Model;
using Dreamer.Benchmarks.Behavior;
using Dreamer.Plugins.Behavior;
using static TorchSharp.torch;

// Times behavior.actor-critic updates at the Atari preset (dreamerv2.md §5, §8): N = 800 starts, H = 15,
// F = 1624, A = 18, 4 × 400 actor and critic, REINFORCE gradient, imagination through AtariSizedImagination.
// Usage: dotnet run -c Release --project benchmarks/Dreamer.Benchmarks.Behavior -- [timed updates] [warm-up updates]
var timed = args.Length > 0 ? int.Parse(args[0]) : 5;
var warmup = args.Length > 1 ? int.Parse(args[1]) : 1;
const int starts = 800;
const int actions = 18;

manual_seed(0);
var world = new AtariSizedImagination(actions);
var learner = new ActorCritic(new ActorCriticOptions(), new FeatureSize(world.FeatureSize), new ActionShape(actions, Discrete: true),
    new ReinforceGradient(new NoOptions()));
var start = new ImaginationStart(AtariSizedImagination.RandomStart(starts), zeros(starts));

Console.WriteLine($"behavior.actor-critic update: N = {starts}, H = {learner.Options.Horizon}, F = {world.FeatureSize}, A = {actions}, " +
                  $"actor/critic {learner.Options.Actor.Layers}×{learner.Options.Actor.Units}, threads = {get_num_threads()}");
var milliseconds = new List<double>();
var cpuMilliseconds = new List<double>();
var process = Process.GetCurrentProcess();
for (var update = 0; update < warmup + timed; update++)
{
    using var scope = NewDisposeScope();
    process.Refresh();
    var cpuBefore = process.TotalProcessorTime;
    var clock = Stopwatch.StartNew();
    var metrics = learner.Train(world, start, update);
    var actorLoss = metrics.ActorLoss.item<float>();
    clock.Stop();
    process.Refresh();
    var cpu = (process.TotalProcessorTime - cpuBefore).TotalMilliseconds;
    if (update < warmup) continue;
    milliseconds.Add(clock.Elapsed.TotalMilliseconds);
    cpuMilliseconds.Add(cpu);
    Console.WriteLine($"update {update - warmup + 1}: {clock.Elapsed.TotalMilliseconds:F0} ms wall, {cpu:F0} ms CPU (actor loss {actorLoss:F4})");
}
Console.WriteLine($"wall: median {Median(milliseconds):F0} ms, min {milliseconds.Min():F0} ms; " +
                  $"CPU: median {Median(cpuMilliseconds):F0} ms, min {cpuMilliseconds.Min():F0} ms over {milliseconds.Count} updates");

static double Median(List<double> values)
{
    var sorted = values.Order().ToList();
    return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
}
