namespace Dreamer.Host.Matrix;

/// <summary>What <see cref="SlurmRequeue"/> did: whether the task went back into the queue, and the line that says so.</summary>
public sealed record RequeueResult(bool Requeued, string Message);
