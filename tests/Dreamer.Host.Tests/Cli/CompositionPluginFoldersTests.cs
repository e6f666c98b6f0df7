namespace Dreamer.Host.Tests.Cli;

/// <summary>
/// A composition or a preset it extends names plugin folders under <c>plugins.folders</c>, relative to itself. Validating
/// measures the networks on the meta device, libtorch's process-wide default while it lasts, so these run alone.
/// </summary>
[Collection(RunsAloneCollection.Name)]
public sealed class CompositionPluginFoldersTests : IDisposable
{
    private readonly string file = Path.Combine(AppContext.BaseDirectory, $"plugins-{Guid.NewGuid():N}.yaml");
    private readonly string presets = Path.Combine(AppContext.BaseDirectory, $"presets-{Guid.NewGuid():N}");

    public void Dispose()
    {
        File.Delete(file);
        if (Directory.Exists(presets)) Directory.Delete(presets, recursive: true);
    }

    [Fact]
    public void PluginFoldersNamedInTheCompositionAreLoadedAndRecordedAsAbsolutePaths()
    {
        File.WriteAllText(file, """
            extends: default
            environment: { type: test.counter }
            encoder: { type: encoder.mlp }
            decoder: { type: decoder.mlp }
            plugins: { folders: [testplugins/Dreamer.TestPlugins.Good] }
            """);
        var (code, output) = CommandLine.Run("validate", file);
        Assert.Equal(0, code);
        Assert.Contains("test.counter", output);
        Assert.Contains(Path.Combine(AppContext.BaseDirectory, "testplugins", "Dreamer.TestPlugins.Good"), output);
    }

    [Fact]
    public void APresetReachedByExtendsBringsThePluginsOfItsComponents()
    {
        Directory.CreateDirectory(presets);
        File.WriteAllText(Path.Combine(presets, "counter.yaml"), """
            extends: default
            plugins: { folders: [../testplugins/Dreamer.TestPlugins.Good] }
            """);
        File.WriteAllText(file, $$"""
            extends: {{Path.GetFileName(presets)}}/counter.yaml
            environment: { type: test.counter, with: { length: 7 } }
            encoder: { type: encoder.mlp }
            decoder: { type: decoder.mlp }
            """);

        var (code, output) = CommandLine.Run("validate", file);

        Assert.Equal(0, code);
        Assert.Contains("environment.with.length", output);
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
        Assert.Contains(":2: environment.type: test.counter is not a known component; allowed: control.pendulum, minatar.asterix,", output);
    }
}
