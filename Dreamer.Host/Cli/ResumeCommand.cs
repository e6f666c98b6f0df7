using Dreamer.Host.Composition;
using Dreamer.Training.Runs;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dreamer.Host.Cli;

/// <summary>
/// <c>dreamer resume RUNDIR [FILE] [--use checkpoint|file] [--set path=value]... [--device D]</c>: continues a run from
/// its last checkpoint with the composition saved in the run folder; episodes on disk are loaded once and the counters
/// continue. Without FILE, <c>--set</c> and <c>--device</c> change the run's composition (each difference is listed).
/// Given a FILE (with the overrides applied to it), every difference from the run's composition is listed and the
/// command refuses unless <c>--use</c> says which to take. It says which checkpoint it takes and why
/// (<c>CheckpointSearch</c>), and refuses, naming the files, when the run has checkpoints and none loads. A
/// folder another process trains into is refused, and so is a composition whose run does not fit in this machine's
/// memory (<see cref="MemoryCheck"/>).
/// </summary>
public sealed class ResumeCommand(HostServices services, IAnsiConsole console) : Command<ResumeSettings>
{
    public override int Execute(CommandContext context, ResumeSettings settings, CancellationToken cancellationToken)
    {
        var folder = new RunFolder(settings.RunDir);
        if (!File.Exists(folder.Composition))
        {
            console.MarkupLineInterpolated($"[red]error:[/] {folder.Root} is not a run folder: it has no {Path.GetFileName(folder.Composition)}.");
            return ExitCodes.InvalidInput;
        }
        var session = new TrainingSession(services, console);
        using var held = session.Hold(folder);
        if (held is null) return ExitCodes.InvalidInput;
        try
        {
            var saved = services.LoadComposition(folder.Composition, [], settings.Plugins, HostServices.TrainingSlots);
            var composition = saved;
            if (settings.File is null && settings.Overrides().Count > 0)
            {
                composition = services.LoadComposition(folder.Composition, settings.Overrides(), settings.Plugins, HostServices.TrainingSlots);
                console.MarkupLine("continuing with the run's composition changed by the command line:");
                foreach (var difference in CompositionDifference.Between(saved, composition)) console.WriteLine($"  {difference}");
            }
            if (settings.File is not null)
            {
                var given = services.LoadComposition(settings.File, settings.Overrides(), settings.Plugins, HostServices.TrainingSlots);
                var differences = CompositionDifference.Between(saved, given);
                if (differences.Count > 0)
                {
                    console.MarkupLine($"{Markup.Escape(settings.File)} differs from the run's composition:");
                    foreach (var difference in differences) console.WriteLine($"  {difference}");
                    switch (settings.Use)
                    {
                        case "checkpoint":
                            break;
                        case "file":
                            composition = given;
                            break;
                        default:
                            console.MarkupLine("[red]error:[/] refusing to resume; add --use checkpoint to keep the run's composition, or --use file to continue with the file's.");
                            return ExitCodes.InvalidInput;
                    }
                }
            }
            if (!MemoryCheck.Admits(services, console, composition, settings.NoMemoryCheck)) return ExitCodes.InvalidInput;
            return session.Run(composition, folder, settings.Threads);
        }
        catch (Exception exception) when (CommandFailure.IsBadInput(exception))
        {
            return CommandFailure.Report(console, exception);
        }
    }
}
