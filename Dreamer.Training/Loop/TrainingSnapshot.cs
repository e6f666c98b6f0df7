namespace Dreamer.Training.Loop;

/// <summary>What a progress display shows of a run: phase, agent steps, updates, speeds, the last return.</summary>
public sealed record TrainingSnapshot(
    string Phase,
    long Step,
    long Steps,
    long Updates,
    double EnvironmentStepsPerSecond,
    double UpdateMilliseconds,
    double? LastReturn,
    double? LastEvalReturn);
