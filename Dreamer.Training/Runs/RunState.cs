namespace Dreamer.Training.Runs;

/// <summary>The life cycle of a run folder, as <c>status.json</c> records it.</summary>
public enum RunState
{
    /// <summary>The run has started and has not ended (or its process died without saying so).</summary>
    Running,

    /// <summary>The run reached its step budget.</summary>
    Finished,

    /// <summary>The run stopped with an error; <see cref="RunStatus.Message"/> says why.</summary>
    Failed,

    /// <summary>The run stopped on request (Ctrl-C, SIGTERM, SIGUSR1) after a checkpoint; <c>dreamer resume</c> continues it.</summary>
    Stopped,
}
