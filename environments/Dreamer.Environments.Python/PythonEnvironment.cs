using Dreamer.Abstractions.Environments;

namespace Dreamer.Environments.Python;

/// <summary>
/// An environment run by a Python server (docs/python-bridge.md), one server per environment copy (N = 1). It is
/// pipelined (<see cref="IPipelinedEnvironment"/>): the driver sends the step of every copy before it reads any reply,
/// so the copies of <c>training.envs</c> step at the same time, each in its own process. Steps keep the time-index convention of dreamerv2.md §0 and the flags of §7.1. A crashed or hung server ends the
/// current episode as last but not terminal with the last good observation (so no stored episode is lost or
/// corrupted); the next <see cref="Reset"/> starts a fresh server, up to <see cref="PythonEnvironmentOptions.MaxRestarts"/>
/// times, and then a <see cref="PythonEnvironmentException"/> ends the run.
/// </summary>
public abstract class PythonEnvironment : IPipelinedEnvironment, IEnvironmentLibraries
{
    private readonly string kind;
    private readonly string key;
    private readonly PythonEnvironmentOptions options;
    private readonly long seed;
    private readonly BoxSpace observationSpace;
    private BridgeClient? client;
    private Observation lastObservation;
    private bool running;
    private bool begun;
    private BridgeFailureException? sendFailure;
    private int failures;

    protected PythonEnvironment(string kind, string key, PythonEnvironmentOptions options, EnvironmentContext context)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(context);
        this.kind = kind;
        this.key = key;
        this.options = options;
        seed = Seed(context);
        client = BridgeClient.Start(kind, options, [seed]);
        observationSpace = client.Spec.Observation;
        ActionSpace = client.Spec.Action;
        Libraries = client.Spec.Versions.Select(v => KeyValuePair.Create(v.Name, v.Version)).ToList();
    }

    public Space ObservationSpace => observationSpace;

    public Space ActionSpace { get; }

    /// <summary>The interpreter's, numpy's and the environment library's versions, as the server reported them at the start.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Libraries { get; }

    /// <summary>The library versions the server reported, one line.</summary>
    public string Versions => client?.Spec.VersionLine ?? "";

    /// <summary>The interpreter's process id; null between a failure and the next <see cref="Reset"/>.</summary>
    internal int? ProcessId => client?.ProcessId;

    /// <summary>
    /// The seed of environment <see cref="EnvironmentContext.Index"/> of a run seeded <see cref="EnvironmentContext.Seed"/>:
    /// non-negative, as <c>reset(seed=...)</c> requires, and different for each index.
    /// </summary>
    public static long Seed(EnvironmentContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ((long)(uint)context.Seed << 20) + (uint)context.Index;
    }

    public TimeStep Reset()
    {
        if (begun)
            throw new InvalidOperationException("A step has begun: call EndStep before Reset.");
        while (true)
        {
            try
            {
                client ??= Restart();
                return Keep(client.Reset(0).Step(0, observationSpace));
            }
            catch (BridgeFailureException failure)
            {
                Fail(failure);
            }
        }
    }

    public TimeStep Step(ReadOnlySpan<float> action)
    {
        BeginStep(action);
        return EndStep();
    }

    public void BeginStep(ReadOnlySpan<float> action)
    {
        if (!running || client is null)
            throw new InvalidOperationException("Step needs an episode in progress: call Reset first (also after a last step).");
        if (begun)
            throw new InvalidOperationException("A step has begun already: call EndStep first.");
        try
        {
            client.BeginStep(action);
        }
        catch (BridgeFailureException failure)
        {
            sendFailure = failure;
        }
        begun = true;
    }

    public TimeStep EndStep()
    {
        if (!begun || client is null)
            throw new InvalidOperationException("No step has begun: call BeginStep first.");
        begun = false;
        var failure = sendFailure;
        sendFailure = null;
        if (failure is null)
        {
            try
            {
                return Keep(client.EndStep().Step(0, observationSpace));
            }
            catch (BridgeFailureException received)
            {
                failure = received;
            }
        }
        Fail(failure);
        running = false;
        return new TimeStep(lastObservation, 0f, IsFirst: false, IsLast: true, IsTerminal: false);
    }

    public void Dispose()
    {
        client?.Dispose();
        client = null;
        GC.SuppressFinalize(this);
    }

    private TimeStep Keep(TimeStep step)
    {
        lastObservation = step.Observation;
        running = !step.IsLast;
        return step;
    }

    private BridgeClient Restart()
    {
        var fresh = BridgeClient.Start(kind, options, [seed]);
        if (!fresh.Spec.Observation.Equals(observationSpace) || !fresh.Spec.Action.Equals(ActionSpace))
        {
            fresh.Dispose();
            throw new PythonEnvironmentException(
                $"{key}: the restarted server reports observation {fresh.Spec.Observation} and action {fresh.Spec.Action}, expected {observationSpace} and {ActionSpace}");
        }
        return fresh;
    }

    private void Fail(BridgeFailureException failure)
    {
        client?.Kill();
        client?.Dispose();
        client = null;
        failures++;
        if (failures > options.MaxRestarts)
            throw new PythonEnvironmentException(
                $"{key}: the Python server failed {failures} times, more than max_restarts = {options.MaxRestarts}; last: {failure.Message.Split('\n')[0]}");
        Console.Error.WriteLine($"warning: {key}: {failure.Message}\nrestarting the server at the next reset ({failures} of {options.MaxRestarts} restarts)");
    }
}
