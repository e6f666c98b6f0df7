using Dreamer.Abstractions.Environments;

namespace Dreamer.Environments.MinAtar.Tests.Wrappers;

/// <summary>
/// A <see cref="ScriptedEnvironment"/> that is pipelined: it logs each call (<c>begin A</c>, <c>end</c>, <c>step A</c>)
/// and steps its script at <see cref="EndStep"/>.
/// </summary>
internal sealed class PipelinedScriptedEnvironment(int actions, int length) : IPipelinedEnvironment
{
    private readonly ScriptedEnvironment script = new(actions, length);
    private float begun = float.NaN;

    public List<string> Calls { get; } = [];

    public Space ObservationSpace => script.ObservationSpace;

    public Space ActionSpace => script.ActionSpace;

    public TimeStep Reset() => script.Reset();

    public TimeStep Step(ReadOnlySpan<float> action)
    {
        Calls.Add($"step {action[0]}");
        return script.Step(action);
    }

    public void BeginStep(ReadOnlySpan<float> action)
    {
        Calls.Add($"begin {action[0]}");
        begun = action[0];
    }

    public TimeStep EndStep()
    {
        Calls.Add("end");
        return script.Step([begun]);
    }

    public void Dispose() => script.Dispose();
}
