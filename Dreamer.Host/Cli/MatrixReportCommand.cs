using Dreamer.Host.Matrix;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dreamer.Host.Cli;

/// <summary>
/// <c>dreamer matrix report DIR</c>: writes <c>DIR/report.md</c> with the scoring protocol, compute, learning curves,
/// final scores and rliable's aggregates, probability of improvement, performance profiles and sample efficiency.
/// </summary>
public sealed class MatrixReportCommand(IAnsiConsole console) : Command<MatrixReportSettings>
{
    public override int Execute(CommandContext context, MatrixReportSettings settings, CancellationToken cancellationToken)
    {
        var manifest = MatrixManifest.Read(settings.Directory);
        var arms = manifest.Cells.Select(c => c.Variant).Distinct().ToList();
        if (settings.Baseline is { } baseline && !arms.Contains(baseline))
        {
            console.Profile.Out.Writer.WriteLine($"--baseline: '{baseline}' is not an arm of this matrix; allowed: {string.Join(", ", arms)}");
            return ExitCodes.InvalidInput;
        }
        var options = new ReportOptions(settings.Last, settings.Reps, settings.Seed, settings.Baseline, settings.FinalEval);
        var path = new MatrixReport(manifest, settings.Directory, options).Write();
        console.WriteLine($"wrote {path}");
        return ExitCodes.Success;
    }
}
