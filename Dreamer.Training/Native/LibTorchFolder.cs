using System.Runtime.InteropServices;

namespace Dreamer.Training.Native;

/// <summary>
/// Points Dreamer at an existing libtorch folder (for example a PyTorch install's <c>torch/lib</c>) instead of the
/// libtorch that the build copied. Given by <c>--libtorch DIR</c> or the <c>DREAMER_LIBTORCH</c> environment
/// variable. The folder's libraries are loaded by full path before TorchSharp's own library, so its
/// dependencies resolve to them.
/// </summary>
public static class LibTorchFolder
{
    /// <summary>The environment variable naming the folder.</summary>
    public const string EnvironmentVariable = "DREAMER_LIBTORCH";

    /// <summary>The command-line option naming the folder.</summary>
    public const string Option = "--libtorch";

    /// <summary>Libraries every libtorch folder must hold, in load order.</summary>
    public static readonly IReadOnlyList<string> Required = ["libc10.so", "libtorch_cpu.so", "libtorch.so"];

    /// <summary>CUDA libraries loaded when present, after <c>libtorch_cpu.so</c>.</summary>
    public static readonly IReadOnlyList<string> OptionalCuda = ["libc10_cuda.so", "libtorch_cuda.so"];

    /// <summary>The required files that <paramref name="folder"/> lacks.</summary>
    public static IReadOnlyList<string> Missing(string folder) =>
        Required.Where(file => !File.Exists(Path.Combine(folder, file))).ToList();

    /// <summary>
    /// Removes <c>--libtorch DIR</c> from <paramref name="args"/>; returns the folder it or the environment
    /// variable names, or null.
    /// </summary>
    public static string? Take(ref string[] args)
    {
        var list = args.ToList();
        string? folder = null;
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] == Option)
            {
                if (i + 1 >= list.Count) throw new LibTorchFolderException($"{Option} needs a folder: {Option} /path/to/torch/lib");
                folder = list[i + 1];
                list.RemoveRange(i, 2);
                i--;
            }
            else if (list[i].StartsWith(Option + "=", StringComparison.Ordinal))
            {
                folder = list[i][(Option.Length + 1)..];
                list.RemoveAt(i);
                i--;
            }
        }
        args = list.ToArray();
        return folder ?? NullIfEmpty(Environment.GetEnvironmentVariable(EnvironmentVariable));
    }

    /// <summary>
    /// Checks <paramref name="folder"/> and loads its libraries; throws naming each missing file, or the PyTorch version
    /// when the folder belongs to one older than <see cref="PyTorchVersion.Minimum"/>.
    /// </summary>
    public static void Load(string folder)
    {
        var full = Path.GetFullPath(folder);
        if (!Directory.Exists(full))
            throw new LibTorchFolderException($"libtorch folder '{full}' does not exist (from {Option} or {EnvironmentVariable}).");
        var missing = Missing(full);
        if (missing.Count > 0)
        {
            throw new LibTorchFolderException(
                $"libtorch folder '{full}' lacks {string.Join(", ", missing)}. Point {Option} or {EnvironmentVariable} at the folder " +
                "that holds libtorch.so, libtorch_cpu.so and libc10.so, such as the lib folder of a PyTorch install " +
                "(python3 -c 'import torch, os; print(os.path.dirname(torch.__file__) + \"/lib\")').");
        }
        if (PyTorchVersion.Read(full) is { } version && version.Version < PyTorchVersion.Minimum)
        {
            throw new LibTorchFolderException(
                $"libtorch folder '{full}' belongs to PyTorch {version.Text} (its ../version.py); TorchSharp 0.107.0 needs " +
                $"libtorch {PyTorchVersion.Minimum} or newer. Point {Option} or {EnvironmentVariable} at a newer PyTorch's torch/lib.");
        }
        foreach (var file in LoadOrder(full))
        {
            try
            {
                NativeLibrary.Load(file);
            }
            catch (DllNotFoundException exception)
            {
                throw new LibTorchFolderException($"could not load '{file}': {exception.Message}");
            }
        }
    }

    private static IEnumerable<string> LoadOrder(string folder)
    {
        yield return Path.Combine(folder, "libc10.so");
        yield return Path.Combine(folder, "libtorch_cpu.so");
        foreach (var cuda in OptionalCuda.Select(file => Path.Combine(folder, file)).Where(File.Exists))
        {
            yield return cuda;
        }
        yield return Path.Combine(folder, "libtorch.so");
    }

    private static string? NullIfEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
