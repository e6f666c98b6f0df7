using Dreamer.Host.Matrix;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dreamer.Host.Cli;

/// <summary><c>dreamer matrix report DIR</c>: writes <c>DIR/report.md</c> with learning curves, final scores and aggregates.</summary>
public sealed class MatrixReportCommand : Command<MatrixReportSettings>
{
    public override int Execute(CommandContext context, MatrixReportSettings settings, CancellationToken cancellationToken)
    {
        if (settings.Last < 1 || settings.Reps < 1)
        {
            AnsiConsole.Profile.Out.Writer.WriteLine("--last and --reps: allowed: 1 or more");
            return ExitCodes.InvalidInput;
        }
        var manifest = MatrixManifest.Read(settings.Directory);
        var path = new MatrixReport(manifest, settings.Directory, new ReportOptions(settings.Last, settings.Reps, settings.Seed)).Write();
        AnsiConsole.WriteLine($"wrote {path}");
        return ExitCodes.Success;
    }
}
