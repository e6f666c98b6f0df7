using Dreamer.Abstractions.Components;
using Dreamer.Host.Composition;
using Dreamer.Host.Plugins;
using Dreamer.Host.Wiring;
using Dreamer.Training.Loop;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dreamer.Host.Cli;

/// <summary>
/// <c>dreamer summary FILE [--set path=value]... [--plugins DIR]...</c>: builds the composition's environment (for
/// its spaces), world model and behavior learner on the CPU with <see cref="AgentBuilder"/> and prints each network's
/// layers (name, shape, parameters) and the totals: the world model, then each part of the behavior learner.
/// Composition errors print one per line and exit 2, as do components that cannot be built or spaces the agent cannot use.
/// </summary>
public sealed class SummaryCommand(HostServices services, IAnsiConsole console) : Command<SummarySettings>
{
    public override int Execute(CommandContext context, SummarySettings settings, CancellationToken cancellationToken)
    {
        var output = console.Profile.Out.Writer;
        try
        {
            var composition = services.LoadComposition(settings.File, settings.Set, settings.Plugins, AgentBuilder.RequiredSlots);
            var factory = services.Factory();
            var environment = composition.Component(ComponentSlot.Environment)!;
            var (observation, action) = EnvironmentSpaces.Of(factory, composition);

            using var agent = new AgentBuilder(factory).Build(composition, observation, action);
            output.WriteLine($"{environment.Key}: observation {observation}, action {action}; model observation {agent.Observation}, " +
                             $"action {agent.Action.Size} ({(agent.Action.Discrete ? "one-hot" : "continuous")}), features {agent.Features.Size}");
            var worldModel = NetworkSummary.Of(agent.WorldModel);
            var behavior = NetworkSummary.Of(agent.BehaviorModule);
            console.Write(NetworkSummaryTable.Layers("world model", worldModel));
            console.Write(NetworkSummaryTable.Layers($"behavior ({composition.Component(ComponentSlot.Behavior)!.Key})", behavior));
            console.Write(NetworkSummaryTable.Totals([new("world model", worldModel.Total), .. behavior.Modules]));
            return ExitCodes.Success;
        }
        catch (CompositionException exception)
        {
            foreach (var error in exception.Errors)
                output.WriteLine(error.ToString());
            return ExitCodes.InvalidInput;
        }
        catch (Exception exception) when (exception is PluginLoadException or ComponentConstructionException or ArgumentException)
        {
            output.WriteLine($"error: {exception.Message}");
            return ExitCodes.InvalidInput;
        }
    }
}
