using Dreamer.Training.Native;

namespace Dreamer.Training.Tests.Native;

public sealed class LibTorchFolderTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("dreamer-libtorch-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void AFolderWithoutLibtorchNamesEveryMissingFile()
    {
        File.WriteAllBytes(Path.Combine(folder, "libc10.so"), []);
        var error = Assert.Throws<LibTorchFolderException>(() => LibTorchFolder.Load(folder));
        Assert.StartsWith($"libtorch folder '{folder}' lacks libtorch_cpu.so, libtorch.so. Point --libtorch or DREAMER_LIBTORCH at the folder", error.Message);
    }

    [Fact]
    public void AMissingFolderIsNamed()
    {
        var missing = Path.Combine(folder, "nowhere");
        var error = Assert.Throws<LibTorchFolderException>(() => LibTorchFolder.Load(missing));
        Assert.Equal($"libtorch folder '{missing}' does not exist (from --libtorch or DREAMER_LIBTORCH).", error.Message);
    }

    [Fact]
    public void AnOldPyTorchIsRefusedBeforeLoading()
    {
        var lib = Directory.CreateDirectory(Path.Combine(folder, "torch", "lib")).FullName;
        foreach (var file in LibTorchFolder.Required) File.WriteAllBytes(Path.Combine(lib, file), []);
        File.WriteAllText(Path.Combine(folder, "torch", "version.py"), "__version__ = '1.13.0a0'\ndebug = False\n");
        var error = Assert.Throws<LibTorchFolderException>(() => LibTorchFolder.Load(lib));
        Assert.Contains("belongs to PyTorch 1.13.0a0 (its ../version.py); TorchSharp 0.107.0 needs libtorch 2.10 or newer", error.Message);
        File.WriteAllText(Path.Combine(folder, "torch", "version.py"), "__version__ = '2.11.0+cu130'\n");
        Assert.Equal(("2.11.0+cu130", new Version(2, 11)), PyTorchVersion.Read(lib));
    }

    [Fact]
    public void TheBuildsOwnLibtorchFolderLoads()
    {
        Assert.Empty(LibTorchFolder.Missing(AppContext.BaseDirectory));
        LibTorchFolder.Load(AppContext.BaseDirectory);
        using var sum = TorchSharp.torch.ones(3).sum();
        Assert.Equal(3f, sum.item<float>());
    }

    [Fact]
    public void TheOptionIsTakenOutOfTheArguments()
    {
        string[] args = ["--libtorch", "/opt/torch/lib", "train", "--set", "a=1"];
        Assert.Equal("/opt/torch/lib", LibTorchFolder.Take(ref args));
        Assert.Equal(["train", "--set", "a=1"], args);
        string[] joined = ["eval", "--libtorch=/x/lib", "run"];
        Assert.Equal("/x/lib", LibTorchFolder.Take(ref joined));
        Assert.Equal(["eval", "run"], joined);
        string[] dangling = ["--libtorch"];
        Assert.Throws<LibTorchFolderException>(() => LibTorchFolder.Take(ref dangling));
    }
}
