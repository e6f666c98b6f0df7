using Dreamer.Abstractions.Components;
using Dreamer.Host.Composition;
using Dreamer.Training.Checkpoints;
using Dreamer.Training.Runs;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dreamer.Host.Cli;

/// <summary>
/// <c>dreamer train [FILE] [--set path=value]... [--device D] [--threads N] [--seed S] [--steps N] [--run-dir DIR]</c>: trains a composition (default
/// <c>compositions/default.yaml</c>) into a new run folder. A folder that already holds a checkpoint is refused:
/// continue it with <c>dreamer resume</c>; so is a folder another process trains into. Before a folder is made, networks
/// that cannot be built and a run that does not fit in this machine's memory are refused (<see cref="MemoryCheck"/>).
/// </summary>
public sealed class TrainCommand(HostServices services, IAnsiConsole console) : Command<TrainSettings>
{
    /// <summary>The composition trained when no file is given.</summary>
    public const string DefaultComposition = "default";

    public override int Execute(CommandContext context, TrainSettings settings, CancellationToken cancellationToken)
    {
        try
        {
            var file = settings.File ?? DefaultFile();
            var composition = services.LoadComposition(file, settings.Overrides(), settings.Plugins, HostServices.TrainingSlots);
            if (!MemoryCheck.Admits(services, console, composition, settings.NoMemoryCheck)) return ExitCodes.InvalidInput;
            var environment = composition.Component(ComponentSlot.Environment)!.Key;
            var folder = settings.RunDir is null ? RunFolder.CreateUnder("runs", environment) : new RunFolder(settings.RunDir);
            var session = new TrainingSession(services, console);
            using var held = session.Hold(folder);
            if (held is null) return ExitCodes.InvalidInput;
            if (new CheckpointStore(folder.Root).Latest() is not null)
            {
                console.MarkupLineInterpolated($"[red]error:[/] {folder.Root} already holds a checkpoint; continue it with: dreamer resume {folder.Root}");
                return ExitCodes.InvalidInput;
            }
            return session.Run(composition, folder);
        }
        catch (Exception exception) when (CommandFailure.IsBadInput(exception))
        {
            return CommandFailure.Report(console, exception);
        }
    }

    private static string DefaultFile()
    {
        var presets = CompositionLoaderOptions.FindPresetsFolder()
            ?? throw new CompositionException([new CompositionError("compositions/default.yaml", "", "no compositions folder found above the current directory or the executable; give a composition file")]);
        return Path.Combine(presets, DefaultComposition + ".yaml");
    }
}
