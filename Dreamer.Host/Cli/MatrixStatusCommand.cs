using Dreamer.Host.Matrix;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dreamer.Host.Cli;

/// <summary>
/// <c>dreamer matrix status DIR</c>: the state of every cell read from its run folder, and for each failed cell its
/// status message and the last lines of its <c>cell.log</c>.
/// </summary>
public sealed class MatrixStatusCommand(IAnsiConsole console) : Command<MatrixFolderSettings>
{
    public override int Execute(CommandContext context, MatrixFolderSettings settings, CancellationToken cancellationToken)
    {
        var manifest = MatrixManifest.Read(settings.Directory);
        console.Write(MatrixStatusTable.Build(manifest, settings.Directory));
        MatrixCommandOutput.WriteFailures(console, CellFailure.Find(manifest, settings.Directory, settings.Lines));
        return ExitCodes.Success;
    }
}
