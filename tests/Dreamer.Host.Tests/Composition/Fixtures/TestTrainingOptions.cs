using System.ComponentModel.DataAnnotations;

namespace Dreamer.Host.Tests.Composition.Fixtures;

internal sealed record TestTrainingOptions
{
    public long Steps { get; init; } = 100_000;

    [Range(1, 4096)]
    public int Batch { get; init; } = 16;

    public int Length { get; init; } = 50;

    public TestDevice Device { get; init; } = TestDevice.Cpu;

    public string Name { get; init; } = "run";

    public string[] GradHeads { get; init; } = ["decoder", "reward"];
}
