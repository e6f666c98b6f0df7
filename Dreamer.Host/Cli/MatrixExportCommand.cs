using Dreamer.Host.Matrix;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dreamer.Host.Cli;

/// <summary>
/// <c>dreamer matrix export DIR [--out FOLDER]</c>: every run's final scores and eval curves as CSV, and as JSON in
/// rliable's layout (arm → runs × tasks; arm → runs × tasks × points) with <c>meta.json</c> naming the orders.
/// </summary>
public sealed class MatrixExportCommand(IAnsiConsole console) : Command<MatrixExportSettings>
{
    /// <summary>The export folder's name inside the matrix folder when <c>--out</c> is not given.</summary>
    public const string DefaultFolder = "export";

    public override int Execute(CommandContext context, MatrixExportSettings settings, CancellationToken cancellationToken)
    {
        var manifest = MatrixManifest.Read(settings.Directory);
        var folder = settings.Out ?? Path.Combine(settings.Directory, DefaultFolder);
        var results = MatrixResults.Load(manifest, settings.Directory, settings.Last, settings.FinalEval);
        foreach (var path in MatrixExport.Write(results, folder, settings.Last)) console.WriteLine($"wrote {path}");
        return ExitCodes.Success;
    }
}
