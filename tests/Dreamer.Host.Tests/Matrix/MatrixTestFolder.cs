namespace Dreamer.Host.Tests.Matrix;

/// <summary>A temporary folder with an empty base composition, and the repository's scripts.</summary>
public sealed class MatrixTestFolder : IDisposable
{
    public string Root { get; } = Directory.CreateTempSubdirectory("dreamer-matrix-").FullName;

    public MatrixTestFolder() => File.WriteAllText(Path.Combine(Root, "base.yaml"), "training: { steps: 100 }\n");

    public static string RepositoryRoot
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Dreamer.sln"))) directory = directory.Parent;
            return directory?.FullName ?? throw new InvalidOperationException("Dreamer.sln not found above the test folder");
        }
    }

    public static string StandIn => Path.Combine(RepositoryRoot, "scripts", "matrix-stand-in.sh");

    /// <summary>Writes a matrix file into the folder and returns its path.</summary>
    public string Write(string name, string text)
    {
        var path = Path.Combine(Root, name);
        File.WriteAllText(path, text);
        return path;
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
