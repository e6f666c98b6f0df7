namespace Dreamer.Abstractions.Environments;

/// <summary>
/// The step a wrapper has begun in its inner environment (<see cref="IPipelinedEnvironment"/>): started there at once
/// when the inner environment is pipelined, otherwise kept and stepped at <see cref="End"/>.
/// </summary>
public sealed class PendingStep
{
    private float[] action = [];
    private bool begun;

    /// <summary>Starts (or keeps) the step of <paramref name="action"/> in <paramref name="inner"/>.</summary>
    public void Begin(IEnvironment inner, ReadOnlySpan<float> action)
    {
        ArgumentNullException.ThrowIfNull(inner);
        if (begun) throw new InvalidOperationException("A step has begun already: call EndStep first.");
        if (inner is IPipelinedEnvironment pipelined)
        {
            pipelined.BeginStep(action);
        }
        else
        {
            if (this.action.Length != action.Length) this.action = new float[action.Length];
            action.CopyTo(this.action);
        }
        begun = true;
    }

    /// <summary>The step begun in <paramref name="inner"/>.</summary>
    public TimeStep End(IEnvironment inner)
    {
        ArgumentNullException.ThrowIfNull(inner);
        if (!begun) throw new InvalidOperationException("No step has begun: call BeginStep first.");
        begun = false;
        return inner is IPipelinedEnvironment pipelined ? pipelined.EndStep() : inner.Step(action);
    }
}
