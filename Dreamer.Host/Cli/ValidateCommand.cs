using System.Globalization;
using Dreamer.Host.Composition;
using Dreamer.Host.Plugins;
using Dreamer.Host.Wiring;
using Dreamer.Training.Loop;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dreamer.Host.Cli;

/// <summary>
/// <c>dreamer validate FILE [--set path=value]... [--plugins DIR]... [--no-memory-check]</c>: loads and checks a
/// composition, then, when it fills every slot the agent needs, builds its environment and networks and runs one
/// update on them (<see cref="NetworkCheck"/>) and estimates the memory a run needs (<see cref="MemoryEstimate"/>).
/// Prints the resolved key / value / source table, the parameter counts and the estimate and exits 0, or prints every
/// error, one per line, and exits 2; an estimate above this machine's available memory is an error unless
/// <c>--no-memory-check</c> is given.
/// </summary>
public sealed class ValidateCommand(HostServices services, IAnsiConsole console) : Command<ValidateSettings>
{
    public override int Execute(CommandContext context, ValidateSettings settings, CancellationToken cancellationToken)
    {
        var output = console.Profile.Out.Writer;
        try
        {
            var composition = services.LoadComposition(settings.File, settings.Set, settings.Plugins, HostServices.TrainingSlots);
            if (!AgentBuilder.RequiredSlots.All(slot => composition.Component(slot) is not null))
            {
                console.Write(ResolvedCompositionTable.Create(composition));
                return ExitCodes.Success;
            }
            var check = new NetworkCheck(services.Factory());
            var measured = check.Measure(composition);
            if (!measured.IsValid) return Refuse(measured.Errors);
            var estimate = MemoryEstimate.Of(composition, measured.Size!);
            var refusal = MemoryCheck.Refusal(estimate, AvailableMemory.Bytes());
            if (refusal is not null && !settings.NoMemoryCheck) return Refuse([$"error: {refusal}"]);
            var built = check.Check(composition);
            if (!built.IsValid) return Refuse(built.Errors);

            console.Write(ResolvedCompositionTable.Create(composition));
            output.WriteLine(Parameters(built.Size!));
            output.WriteLine(estimate.Describe(composition.Section<TrainingOptions>()));
            if (refusal is not null) output.WriteLine($"warning: {refusal}");
            return ExitCodes.Success;
        }
        catch (CompositionException exception)
        {
            return Refuse(exception.Errors.Select(error => error.ToString()));
        }
        catch (PluginLoadException exception)
        {
            return Refuse([$"error: {exception.Message}"]);
        }

        int Refuse(IEnumerable<string> lines)
        {
            foreach (var line in lines) output.WriteLine(line);
            return ExitCodes.InvalidInput;
        }
    }

    private static string Parameters(AgentSize size) => string.Create(CultureInfo.InvariantCulture,
        $"parameters: {size.Parameters:N0} (world model {size.WorldModelParameters:N0}, behavior {size.BehaviorParameters:N0}; {size.TrainedParameters:N0} trained)");
}
