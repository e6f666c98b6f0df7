using System.Collections;
using System.Globalization;
using System.Text.Json;
using TorchSharp.PyBridge;
using static TorchSharp.torch;

namespace Dreamer.Training.Checkpoints;

/// <summary>
/// Checkpoints in <c>RUN/checkpoints/</c>. Each is a folder <c>ckpt-UPDATES</c> with <c>weights.pt</c>,
/// <c>optimizers.pt</c> (PyTorch state dictionaries of tensors only), <c>counters.json</c> and
/// <c>composition.yaml</c>. A checkpoint is written into a partial folder, flushed, renamed into place, and only
/// then named in the <c>latest</c> file (itself replaced by rename), so a crash at any moment leaves the previous
/// checkpoint intact. The two newest checkpoints are kept.
/// </summary>
public sealed class CheckpointStore
{
    private const string LatestFile = "latest";
    private const string PartialSuffix = ".partial";
    private const int Keep = 2;

    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true };

    public CheckpointStore(string runDirectory)
    {
        Folder = Path.Combine(runDirectory, "checkpoints");
    }

    public string Folder { get; }

    /// <summary>The folder of the newest complete checkpoint, or null.</summary>
    public string? Latest()
    {
        var latest = Path.Combine(Folder, LatestFile);
        if (!File.Exists(latest)) return null;
        var name = File.ReadAllText(latest).Trim();
        var folder = Path.Combine(Folder, name);
        return Directory.Exists(folder) ? folder : null;
    }

    /// <summary>Writes a checkpoint atomically; returns its folder.</summary>
    public string Save(CheckpointContent content)
    {
        Directory.CreateDirectory(Folder);
        var name = string.Create(CultureInfo.InvariantCulture, $"ckpt-{content.Counters.Updates:D9}");
        var final = Path.Combine(Folder, name);
        var partial = final + PartialSuffix;
        if (Directory.Exists(partial)) Directory.Delete(partial, recursive: true);
        Directory.CreateDirectory(partial);
        WriteTensors(Path.Combine(partial, "weights.pt"), content.Weights);
        WriteTensors(Path.Combine(partial, "optimizers.pt"), content.OptimizerState);
        WriteText(Path.Combine(partial, "counters.json"), JsonSerializer.Serialize(content.Counters, JsonOptions));
        WriteText(Path.Combine(partial, "composition.yaml"), content.Composition);
        if (Directory.Exists(final)) Directory.Delete(final, recursive: true);
        Directory.Move(partial, final);
        var latestPartial = Path.Combine(Folder, LatestFile + PartialSuffix);
        WriteText(latestPartial, name);
        File.Move(latestPartial, Path.Combine(Folder, LatestFile), overwrite: true);
        Prune(name);
        return final;
    }

    /// <summary>Reads the checkpoint in <paramref name="folder"/>: tensors on the CPU.</summary>
    public static CheckpointContent Load(string folder)
    {
        var counters = JsonSerializer.Deserialize<TrainingCounters>(File.ReadAllText(Path.Combine(folder, "counters.json")))
            ?? throw new InvalidDataException($"{folder}/counters.json is empty.");
        return new CheckpointContent(
            ReadTensors(Path.Combine(folder, "weights.pt")),
            ReadTensors(Path.Combine(folder, "optimizers.pt")),
            counters,
            File.ReadAllText(Path.Combine(folder, "composition.yaml")));
    }

    private void Prune(string newest)
    {
        var complete = Directory.EnumerateDirectories(Folder, "ckpt-*")
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(name => !name.EndsWith(PartialSuffix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
        foreach (var name in complete.Take(Math.Max(0, complete.Count - Keep)).Where(name => name != newest))
        {
            Directory.Delete(Path.Combine(Folder, name), recursive: true);
        }
        foreach (var stale in Directory.EnumerateDirectories(Folder, "*" + PartialSuffix))
        {
            Directory.Delete(stale, recursive: true);
        }
    }

    private static void WriteTensors(string path, IReadOnlyDictionary<string, Tensor> tensors)
    {
        var dictionary = new Hashtable();
        foreach (var (name, tensor) in tensors) dictionary[name] = tensor.detach().cpu();
        using (var stream = new FileStream(path, FileMode.Create, FileAccess.Write))
        {
            PyTorchPickler.PickleStateDict(stream, dictionary, leaveOpen: true);
            stream.Flush(flushToDisk: true);
        }
    }

    private static Dictionary<string, Tensor> ReadTensors(string path)
    {
        using var stream = File.OpenRead(path);
        var table = PyTorchUnpickler.UnpickleStateDict(stream);
        var tensors = new Dictionary<string, Tensor>(StringComparer.Ordinal);
        foreach (DictionaryEntry entry in table) tensors[(string)entry.Key] = (Tensor)entry.Value!;
        return tensors;
    }

    private static void WriteText(string path, string text)
    {
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write);
        using (var writer = new StreamWriter(stream))
        {
            writer.Write(text);
            writer.Flush();
            stream.Flush(flushToDisk: true);
        }
    }
}
