namespace Dreamer.Host.Tests.Faults;

/// <summary>A fact that mounts a tmpfs: skipped, with the reason, where this process cannot mount one.</summary>
public sealed class TmpfsFactAttribute : FactAttribute
{
    public TmpfsFactAttribute()
    {
        if (TmpfsMount.CannotMount is { } reason) Skip = reason;
    }
}
