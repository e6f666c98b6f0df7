namespace Dreamer.Host.Tests.Plugins;

/// <summary>A temporary folder for one test, deleted on dispose.</summary>
internal sealed class TemporaryFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("dreamer-plugins-").FullName;

    /// <summary>Copies the files of <paramref name="source"/> into a new subfolder named like it, except <paramref name="leaveOut"/>.</summary>
    public string CopyPlugin(string source, params string[] leaveOut)
    {
        var target = System.IO.Path.Combine(Path, System.IO.Path.GetFileName(source));
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(source).Where(file => !leaveOut.Contains(System.IO.Path.GetFileName(file))))
        {
            File.Copy(file, System.IO.Path.Combine(target, System.IO.Path.GetFileName(file)));
        }
        return target;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
