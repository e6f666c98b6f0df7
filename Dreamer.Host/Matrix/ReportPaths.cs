namespace Dreamer.Host.Matrix;

/// <summary>
/// The paths a report names, relative to the matrix file's folder, so a report holds no absolute path: the matrix
/// file by its name, the base composition relative to the matrix file.
/// </summary>
public static class ReportPaths
{
    /// <summary>The matrix file's name.</summary>
    public static string MatrixFile(MatrixManifest manifest) => Path.GetFileName(manifest.MatrixFile);

    /// <summary>The base composition relative to the matrix file's folder, with <c>/</c> separators.</summary>
    public static string BaseComposition(MatrixManifest manifest)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(manifest.MatrixFile)) ?? ".";
        var relative = Path.GetRelativePath(folder, Path.GetFullPath(manifest.BasePath));
        return Path.IsPathRooted(relative) ? Path.GetFileName(relative) : relative.Replace('\\', '/');
    }
}
