using Dreamer.Abstractions.Environments;

namespace Dreamer.Training.Tests.Acting;

/// <summary>A <see cref="LoggedEnvironment"/> that the driver sees as <see cref="IPipelinedEnvironment"/>.</summary>
internal sealed class PipelinedLoggedEnvironment(int index, int length, List<string> log) : IPipelinedEnvironment
{
    private readonly LoggedEnvironment logged = new(index, length, log);

    public Space ObservationSpace => logged.ObservationSpace;

    public Space ActionSpace => logged.ActionSpace;

    public TimeStep Reset() => logged.Reset();

    public TimeStep Step(ReadOnlySpan<float> action) => logged.Step(action);

    public void BeginStep(ReadOnlySpan<float> action) => logged.BeginStep(action);

    public TimeStep EndStep() => logged.EndStep();

    public void Dispose() => logged.Dispose();
}
