using Dreamer.Abstractions.Environments;
using Dreamer.Host.Composition;
using Dreamer.Host.Plugins;
using Dreamer.Training.Contracts;
using Dreamer.Training.Loop;
using Dreamer.Training.Update;
using static TorchSharp.torch;

namespace Dreamer.Host.Wiring;

/// <summary>
/// Finds, before training, the compositions that can only fail in it: builds the environment (for its spaces) and the
/// agent with <see cref="AgentBuilder"/> exactly as <c>dreamer train</c> does, then runs one training update
/// (dreamerv2.md §1 step 4: world-model loss and step, imagination, actor and critic steps) on a batch of zeros of
/// <c>T = 2, B = 1</c> on the CPU. A kernel that does not fit the image, an encoder that cannot take the observation, a
/// component that breaks its contract's shapes: each becomes one line naming the slot, its component and the cause.
/// Used by <c>dreamer validate</c> and <c>dreamer matrix plan</c>.
/// </summary>
public sealed class NetworkCheck(ComponentFactory factory)
{
    private const int CheckLength = 2;

    /// <summary>Builds the networks of <paramref name="composition"/> and, with <paramref name="update"/>, runs one update on them.</summary>
    public NetworkCheckResult Check(ResolvedComposition composition, bool update = true)
    {
        lock (DefaultDevice) return Build(composition, update, onMeta: false);
    }

    /// <summary>Taken while a check builds, so that a measurement on the meta device never overlaps it.</summary>
    private static readonly Lock DefaultDevice = new();

    private NetworkCheckResult Build(ResolvedComposition composition, bool update, bool onMeta)
    {
        ArgumentNullException.ThrowIfNull(composition);
        using var scope = NewDisposeScope();
        BuiltAgent? agent = null;
        try
        {
            var (observation, action) = EnvironmentSpaces.Of(factory, composition);
            agent = onMeta ? BuildOnMeta(composition, observation, action) : new AgentBuilder(factory).Build(composition, observation, action);
            var size = SizeOf(agent);
            if (update) Update(agent, observation);
            return new NetworkCheckResult([], size);
        }
        catch (Exception exception) when (IsComponentFailure(exception))
        {
            return new NetworkCheckResult([Describe(composition, exception, agent is not null)], null);
        }
        finally
        {
            agent?.Dispose();
        }
    }

    /// <summary>
    /// Builds the networks of <paramref name="composition"/> on libtorch's meta device, where tensors have shapes but no
    /// storage, and returns their sizes: nothing is allocated, so a composition too large for this machine can be
    /// measured before it is built for real. A component that fails there (one that reads a tensor's value while it is
    /// built, say) is built again on the CPU, and only a failure there is reported. The default device is process-wide:
    /// while this runs, tensors that other threads create land on the meta device too, so the commands measure before
    /// anything else is built.
    /// </summary>
    public NetworkCheckResult Measure(ResolvedComposition composition)
    {
        lock (DefaultDevice)
        {
            var onMeta = Build(composition, update: false, onMeta: true);
            return onMeta.IsValid ? onMeta : Build(composition, update: false, onMeta: false);
        }
    }

    /// <summary>The agent built with the meta device as the default; the environment is built before, on the CPU.</summary>
    private BuiltAgent BuildOnMeta(ResolvedComposition composition, Space observation, Space action)
    {
        var previous = get_default_device();
        set_default_device(META);
        try
        {
            return new AgentBuilder(factory).Build(composition, observation, action);
        }
        finally
        {
            set_default_device(previous);
        }
    }

    /// <summary>The parameter counts of <paramref name="agent"/>.</summary>
    public static AgentSize SizeOf(BuiltAgent agent)
    {
        ArgumentNullException.ThrowIfNull(agent);
        var worldModel = agent.WorldModel.parameters().ToList();
        var behavior = agent.BehaviorModule.parameters().ToList();
        return new AgentSize(agent.Observation, agent.Action, agent.Features,
            worldModel.Sum(p => p.numel()), behavior.Sum(p => p.numel()),
            worldModel.Concat(behavior).Where(p => p.requires_grad).Sum(p => p.numel()));
    }

    private static void Update(BuiltAgent agent, Space observation)
    {
        var positions = new long[] { CheckLength, 1 };
        var elementType = observation is BoxSpace { ElementType: ElementType.UInt8 } ? ScalarType.Byte : ScalarType.Float32;
        var batch = new Batch(
            zeros([.. positions, .. agent.Observation.Dimensions.Select(d => (long)d)], elementType),  // [T, B, *obs]
            zeros([.. positions, agent.Action.Size]),                                            // [T, B, A]
            zeros(positions),                                                                      // [T, B]
            ones(positions),                                                                       // [T, B]
            zeros(positions));                                                                     // [T, B]
        using var step = new TrainingStep(agent.WorldModel, agent.Behavior, CPU);
        step.Update(batch, 0);
    }

    /// <summary>True for what a component or its shapes can throw; other exceptions are bugs and pass.</summary>
    private static bool IsComponentFailure(Exception exception) =>
        exception is ComponentConstructionException or ComponentContractException or ArgumentException or InvalidOperationException
            or System.Runtime.InteropServices.ExternalException;

    /// <summary>
    /// One line: where the slot's component was chosen, the slot and component the failure names (when it names one),
    /// what failed, and the first line of the cause.
    /// </summary>
    private static string Describe(ResolvedComposition composition, Exception exception, bool built)
    {
        var message = exception is ComponentConstructionException { InnerException: { } inner } construction
            ? $"{Cause(construction)}{FirstLine(inner.Message)}"
            : FirstLine(exception.Message);
        var named = composition.Components.FirstOrDefault(choice => exception.Message.Contains($"'{choice.Key}'", StringComparison.Ordinal)
            || message.StartsWith(choice.Key + ":", StringComparison.Ordinal));
        var update = $"one training update on a batch of zeros [T={CheckLength}, B=1]";
        if (named is null) return built ? $"{update} of the networks failed: {message}" : $"the networks cannot be built: {message}";
        var what = built ? $"{update} failed" : "cannot be built";
        if (message.StartsWith(named.Key + ": ", StringComparison.Ordinal)) message = message[(named.Key.Length + 2)..];
        var source = composition.Values.FirstOrDefault(value => value.Path == $"{named.Slot}.{CompositionKeys.Type}")?.Source;
        return $"{(source is null ? "" : $"{source}: ")}{named.Slot}: {named.Key} {what}: {message}";
    }

    private static string Cause(ComponentConstructionException exception) =>
        exception.InnerException is ArgumentException ? "" : $"{exception.InnerException!.GetType().Name}: ";

    private static string FirstLine(string text)
    {
        var line = text.Split('\n', 2)[0].TrimEnd('\r');
        var parameter = line.IndexOf(" (Parameter '", StringComparison.Ordinal);
        return parameter > 0 ? line[..parameter] : line;
    }
}
