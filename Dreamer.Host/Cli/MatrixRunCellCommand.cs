using Dreamer.Host.Matrix;
using Dreamer.Training.Runs;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dreamer.Host.Cli;

/// <summary>
/// <c>dreamer matrix run-cell DIR INDEX</c>: runs one cell of a planned matrix exactly as the local backend does
/// (skip when finished, resume from a checkpoint, train otherwise). What each Slurm array task runs.
/// </summary>
public sealed class MatrixRunCellCommand : AsyncCommand<MatrixRunCellSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, MatrixRunCellSettings settings, CancellationToken cancellationToken)
    {
        var manifest = MatrixManifest.Read(settings.Directory);
        if (settings.Index < 0 || settings.Index >= manifest.Cells.Count)
        {
            AnsiConsole.Profile.Out.Writer.WriteLine($"INDEX: {settings.Index} is not a cell; allowed: 0 to {manifest.Cells.Count - 1}");
            return ExitCodes.InvalidInput;
        }
        var cell = manifest.Cells[settings.Index];
        var result = await new CellRunner(manifest, settings.Directory).RunAsync(cell, cancellationToken);
        AnsiConsole.WriteLine($"{cell.Folder}: {result.Launch.ToString().ToLowerInvariant()}, {result.Status.State.ToString().ToLowerInvariant()} {result.Status.Message}".TrimEnd());
        return result.Status.State == RunState.Finished ? ExitCodes.Success : ExitCodes.Failure;
    }
}
