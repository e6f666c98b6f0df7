using Dreamer.Host.Composition;
using Dreamer.Host.Tests.Composition.Fixtures;

namespace Dreamer.Host.Tests.Composition;

/// <summary>The plugin folders of a merged composition, each resolved against the file or override that named it.</summary>
public sealed class LayeredCompositionTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("dreamer-layers-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public void APresetsFoldersAreRelativeToThePreset()
    {
        Directory.CreateDirectory(Path.Combine(root, "presets"));
        File.WriteAllText(Path.Combine(root, "presets", "base.yaml"), "plugins: { folders: [../my-plugins, /opt/plugins] }\n");
        File.WriteAllText(Path.Combine(root, "run.yaml"), "extends: presets/base.yaml\n");

        var layers = LayeredComposition.Read(Path.Combine(root, "run.yaml"), [], CompositionTestSetup.Options);

        Assert.Equal([Path.Combine(root, "my-plugins"), "/opt/plugins"], layers.PluginFolders);
    }

    [Fact]
    public void ALaterLayersFoldersReplaceAnEarlierLayersAndAnOverrideIsRelativeToTheCurrentFolder()
    {
        File.WriteAllText(Path.Combine(root, "base.yaml"), "plugins: { folders: [a] }\n");
        File.WriteAllText(Path.Combine(root, "run.yaml"), "extends: base.yaml\nplugins: { folders: [b] }\n");

        var fromFile = LayeredComposition.Read(Path.Combine(root, "run.yaml"), [], CompositionTestSetup.Options);
        var fromOverride = LayeredComposition.Read(Path.Combine(root, "run.yaml"), ["plugins.folders=[c]"], CompositionTestSetup.Options);

        Assert.Equal([Path.Combine(root, "b")], fromFile.PluginFolders);
        Assert.Equal([Path.GetFullPath("c")], fromOverride.PluginFolders);
    }
}
