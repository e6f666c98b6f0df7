namespace Dreamer.Host.Tests.Cli;

/// <summary>A composition names plugin folders under <c>plugins.folders</c>, relative to itself.</summary>
public sealed class CompositionPluginFoldersTests : IDisposable
{
    private readonly string file = Path.Combine(AppContext.BaseDirectory, $"plugins-{Guid.NewGuid():N}.yaml");

    public void Dispose() => File.Delete(file);

    [Fact]
    public void PluginFoldersNamedInTheCompositionAreLoadedAndRecordedAsAbsolutePaths()
    {
        File.WriteAllText(file, """
            extends: default
            environment: { type: test.counter }
            plugins: { folders: [testplugins/Dreamer.TestPlugins.Good] }
            """);
        var (code, output) = CommandLine.Run("validate", file);
        Assert.Equal(0, code);
        Assert.Contains("test.counter", output);
        Assert.Contains(Path.Combine(AppContext.BaseDirectory, "testplugins", "Dreamer.TestPlugins.Good"), output);
    }

    [Fact]
    public void WithoutTheFolderTheComponentIsUnknown()
    {
        File.WriteAllText(file, """
            extends: default
            environment: { type: test.counter }
            """);
        var (code, output) = CommandLine.Run("validate", file);
        Assert.Equal(2, code);
        Assert.Contains(":2: environment.type: test.counter is not a known component; allowed: minatar.asterix,", output);
    }
}
