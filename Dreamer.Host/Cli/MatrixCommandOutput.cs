using Dreamer.Host.Matrix;
using Spectre.Console;

namespace Dreamer.Host.Cli;

/// <summary>What the matrix commands share: error printing and the default matrix folder.</summary>
public static class MatrixCommandOutput
{
    /// <summary>Prints every matrix file error, one per line, unstyled (so they can be grepped and copied).</summary>
    public static void WriteErrors(IAnsiConsole console, MatrixFileException exception)
    {
        foreach (var error in exception.Errors) console.Profile.Out.Writer.WriteLine(error.ToString());
    }

    /// <summary>The matrix folder: <paramref name="out"/>, or <c>runs/&lt;matrix file name&gt;</c>.</summary>
    public static string MatrixDirectory(string matrixFile, string? @out) =>
        Path.GetFullPath(@out ?? Path.Combine("runs", Path.GetFileNameWithoutExtension(matrixFile)));

    /// <summary>Prints each failed cell: its folder, its status message and the tail of its log.</summary>
    public static void WriteFailures(IAnsiConsole console, IReadOnlyList<CellFailure> failures)
    {
        foreach (var failure in failures)
        {
            console.MarkupLineInterpolated($"[red]failed:[/] {failure.Cell.Folder}: {failure.Message}");
            foreach (var line in failure.LogTail) console.Profile.Out.Writer.WriteLine("    " + line);
        }
    }
}
