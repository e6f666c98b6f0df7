using Spectre.Console.Cli;

namespace Dreamer.Host.Cli;

/// <summary>The <c>dreamer matrix</c> verbs: plan, run, run-cell, status, report, export.</summary>
public static class MatrixBranch
{
    /// <summary>Registers the matrix verbs under <paramref name="config"/>.</summary>
    public static void Add(IConfigurator config) => config.AddBranch("matrix", matrix =>
    {
        matrix.SetDescription("Run an ablation study: a base composition × axes of swaps × seeds (docs/ablations.md).");
        matrix.AddCommand<MatrixPlanCommand>("plan").WithDescription("Print the cells of a matrix file and its total step budget.");
        matrix.AddCommand<MatrixRunCommand>("run").WithDescription("Run every cell locally or as one Slurm job array; finished cells are skipped.");
        matrix.AddCommand<MatrixRunCellCommand>("run-cell").WithDescription("Run one cell of a planned matrix (what each Slurm task runs).");
        matrix.AddCommand<MatrixStatusCommand>("status").WithDescription("Show each cell's state from its run folder, and why failed cells failed.");
        matrix.AddCommand<MatrixReportCommand>("report").WithDescription("Write report.md: scoring protocol, compute, curves, final scores and rliable statistics.");
        matrix.AddCommand<MatrixExportCommand>("export").WithDescription("Write every run's scores and curves as CSV and as JSON in rliable's layout.");
    });
}
