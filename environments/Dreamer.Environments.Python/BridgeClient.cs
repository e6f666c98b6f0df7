using Dreamer.Abstractions.Environments;
using Dreamer.Environments.Python.Protocol;

namespace Dreamer.Environments.Python;

/// <summary>
/// One server process running N environments of one kind, spoken to in the protocol of docs/python-bridge.md: HELLO →
/// SPEC on start, RESET and STEP → STEPS (one batched step for all N), CLOSE on dispose.
/// </summary>
public sealed class BridgeClient : IDisposable
{
    /// <summary>The protocol version this client speaks.</summary>
    public const uint ProtocolVersion = 2;

    private readonly ServerProcess process;

    private BridgeClient(ServerProcess process, ServerSpec spec, int count)
    {
        this.process = process;
        Spec = spec;
        Count = count;
    }

    /// <summary>The observation and action spaces and the library versions the server reported.</summary>
    public ServerSpec Spec { get; }

    /// <summary>N, the number of environments in the server.</summary>
    public int Count { get; }

    /// <summary>The interpreter's process id.</summary>
    public int ProcessId => process.Id;

    /// <summary>
    /// Starts the server and sends HELLO with one seed per environment (<paramref name="kind"/>: <c>gymnasium</c> or
    /// <c>dm_env</c>). A malformed <see cref="PythonEnvironmentOptions.Wrappers"/> entry is refused before the
    /// interpreter starts. An ERROR reply throws <see cref="PythonEnvironmentException"/>; a crash or timeout
    /// <see cref="BridgeFailureException"/>.
    /// </summary>
    public static BridgeClient Start(string kind, PythonEnvironmentOptions options, IReadOnlyList<long> seeds)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(seeds);
        ArgumentOutOfRangeException.ThrowIfLessThan(seeds.Count, 1);
        WrapperEntry.CheckAll(options.Wrappers);
        var process = new ServerProcess(options.Python, TimeSpan.FromSeconds(options.Timeout));
        try
        {
            var hello = new PayloadWriter(MessageType.Hello).UInt32(ProtocolVersion).String(kind).String(options.Id)
                .Strings(options.Kwargs).Strings(options.Imports).Strings(options.Wrappers).String(options.ImageKey).Strings(options.VectorKeys).UInt32((uint)seeds.Count)
                .Array(WireArray.Of([.. seeds], seeds.Count)).ToArray();
            var reader = Reply(process, hello, "HELLO", MessageType.Spec);
            return new BridgeClient(process, ServerSpec.Read(reader), seeds.Count);
        }
        catch
        {
            process.Kill();
            process.Dispose();
            throw;
        }
    }

    /// <summary>Resets the environments at <paramref name="indices"/>; the reply holds their steps in that order.</summary>
    public StepBatch Reset(params int[] indices)
    {
        var payload = new PayloadWriter(MessageType.Reset).Array(WireArray.Of([.. indices.Select(i => (long)i)], indices.Length)).ToArray();
        return StepBatch.Read(Reply(process, payload, "RESET", MessageType.Steps), Spec.Observation, indices.Length);
    }

    /// <summary>
    /// Steps all N environments: <paramref name="actions"/> holds N indices (discrete) or N rows of A floats in
    /// [−1, 1] (a box, which the server rescales to the environment's bounds and clips).
    /// </summary>
    public StepBatch Step(ReadOnlySpan<float> actions)
    {
        BeginStep(actions);
        return EndStep();
    }

    /// <summary>Sends the STEP of <see cref="Step"/> without waiting; <see cref="EndStep"/> reads its STEPS.</summary>
    public void BeginStep(ReadOnlySpan<float> actions)
    {
        var array = Spec.Action is BoxSpace box
            ? WireArray.Of(actions, Count, box.Size)
            : WireArray.Of([.. actions.ToArray().Select(action => (long)action)], Count);
        if (array.Count * WireArray.ElementSize(array.Type) != array.Data.Length)
            throw new ArgumentException($"Step takes {array.Count} action values for {Count} environments, got {actions.Length}.", nameof(actions));
        process.Post(new PayloadWriter(MessageType.Step).Array(array).ToArray(), "STEP");
    }

    /// <summary>The STEPS reply to the STEP <see cref="BeginStep"/> sent.</summary>
    public StepBatch EndStep() => StepBatch.Read(Parse(process, process.Receive("STEP"), "STEP", MessageType.Steps), Spec.Observation, Count);

    /// <summary>Sends CLOSE and waits for the process to exit (killing it after two seconds).</summary>
    public void Dispose()
    {
        try
        {
            process.Send(new PayloadWriter(MessageType.Close).ToArray());
        }
        catch (IOException)
        {
        }
        process.Dispose();
    }

    /// <summary>Ends the process at once, as a crashed server would (for failures and tests).</summary>
    internal void Kill() => process.Kill();

    private static PayloadReader Reply(ServerProcess process, byte[] payload, string what, MessageType expected) =>
        Parse(process, process.Request(payload, what), what, expected);

    private static PayloadReader Parse(ServerProcess process, byte[] reply, string what, MessageType expected)
    {
        var reader = new PayloadReader(reply);
        if (reader.Type(expected, MessageType.Error) == MessageType.Error)
            throw new PythonEnvironmentException(
                $"the Python server refused {what}: {reader.String("ERROR message")}\n{reader.String("ERROR traceback")}command: {process.CommandLine}");
        return reader;
    }
}
