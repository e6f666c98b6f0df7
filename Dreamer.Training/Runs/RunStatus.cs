namespace Dreamer.Training.Runs;

/// <summary>
/// The content of a run folder's <c>status.json</c>: <c>{"state": "running", "step": N, "steps": TOTAL, "updates": U,
/// "last_return": R, "message": "..."}</c>. The run folder is the source of truth for a run's status.
/// </summary>
/// <param name="State">Running, finished or failed.</param>
/// <param name="Step">Agent steps done so far.</param>
/// <param name="Steps">The step budget of the run.</param>
/// <param name="Updates">Training updates done so far.</param>
/// <param name="LastReturn">The latest evaluation (or training) return; null before the first episode ends.</param>
/// <param name="Message">Free text: the reason of a failure, or what the run is doing.</param>
/// <param name="WallSeconds">Wall-clock seconds the run has trained, summed over its processes (resumes included); null when unknown.</param>
/// <param name="Device">The device the run trains on (<c>cpu</c>, <c>cuda:0</c>); null when unknown.</param>
public sealed record RunStatus(RunState State, long Step, long Steps, long Updates, double? LastReturn, string Message, double? WallSeconds = null, string? Device = null)
{
    /// <summary>The file name of the status inside a run folder.</summary>
    public const string FileName = "status.json";
}
