namespace Dreamer.Tests.Support;

/// <summary>The repository the tests were built from: the nearest folder above the test output that holds Dreamer.sln.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find(AppContext.BaseDirectory);

    private static string Find(string start)
    {
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "Dreamer.sln"))) return folder.FullName;
        }
        throw new DirectoryNotFoundException($"No folder above '{start}' holds Dreamer.sln.");
    }
}
