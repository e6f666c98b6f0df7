namespace Dreamer.Training.Runs;

/// <summary>Another process holds the run folder (<see cref="RunFolderLock"/>); this one must not write into it.</summary>
public sealed class RunFolderInUseException(string root, int? holder)
    : Exception($"{root} is in use by {(holder is null ? "another process" : $"process {holder}")}; wait for it to end or stop it first.")
{
    /// <summary>The PID of the holding process; null when it could not be read.</summary>
    public int? Holder { get; } = holder;
}
