using System.Collections;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Dreamer.Training.Runs;
using TorchSharp.PyBridge;
using static TorchSharp.torch;

namespace Dreamer.Training.Checkpoints;

/// <summary>
/// Checkpoints in <c>RUN/checkpoints/</c>. Each is a folder <c>ckpt-UPDATES</c> with <c>weights.pt</c>,
/// <c>optimizers.pt</c> (PyTorch state dictionaries of tensors only), <c>counters.json</c> and
/// <c>composition.yaml</c>. A checkpoint is written into a partial folder, flushed, renamed into place, and only
/// then named in the <c>latest</c> file (itself replaced by rename), so a crash at any moment leaves the previous
/// checkpoint intact. The two newest checkpoints up to the one just saved are kept; newer ones (that did not load
/// on resume) are left alone. <see cref="CheckpointSearch"/> picks the checkpoint to resume from. A checkpoint kept for
/// good is a copy in <c>kept/step-STEP</c>, outside the folders that resume and pruning see.
/// </summary>
public sealed partial class CheckpointStore
{
    private const string LatestFile = "latest";
    private const string PartialSuffix = ".partial";
    private const int Keep = 2;
    private const string KeptFolder = "kept";

    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true };

    public CheckpointStore(string runDirectory)
    {
        Folder = Path.Combine(runDirectory, "checkpoints");
    }

    public string Folder { get; }

    /// <summary><c>checkpoints/latest</c>, as named in messages.</summary>
    public string PointerPath => Path.Combine(Folder, LatestFile);

    /// <summary>
    /// The folder of the newest complete checkpoint, unread: the one <c>latest</c> names, or else the newest
    /// <c>ckpt-*</c> folder; null when there is none.
    /// </summary>
    public string? Latest()
    {
        var pointer = ReadPointer();
        if (pointer is { Name: not null, Problem: null }) return Path.Combine(Folder, pointer.Name);
        return Complete().LastOrDefault();
    }

    /// <summary>The complete checkpoint folders, oldest first.</summary>
    public IReadOnlyList<string> Complete() =>
        Directory.Exists(Folder)
            ? Directory.EnumerateDirectories(Folder, "ckpt-*")
                .Where(path => CheckpointName().IsMatch(Path.GetFileName(path)))
                .Order(StringComparer.Ordinal)
                .ToList()
            : [];

    /// <summary>Reads <c>latest</c> without trusting it (<see cref="CheckpointPointer"/>).</summary>
    public CheckpointPointer ReadPointer()
    {
        if (!File.Exists(PointerPath)) return new CheckpointPointer(null, Complete().Count > 0 ? "is missing" : null);
        string text;
        try
        {
            text = File.ReadAllText(PointerPath).Trim();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return new CheckpointPointer(null, $"cannot be read ({exception.Message})");
        }
        if (CheckpointName().IsMatch(text))
        {
            return Directory.Exists(Path.Combine(Folder, text))
                ? new CheckpointPointer(text, null)
                : new CheckpointPointer(text, $"names {text}, which is missing");
        }
        if (text.Length > 0 && text.All(c => c is >= ' ' and <= '~') && (text.Contains('/') || text.Contains('\\') || text.Contains("..")))
        {
            return new CheckpointPointer(null, $"points outside the run folder ({text}); it is not followed");
        }
        return new CheckpointPointer(null, "holds no checkpoint name");
    }

    /// <summary>
    /// Writes a checkpoint atomically; returns its folder. When the disk fills, the partial folder is removed and a
    /// <see cref="DiskFullException"/> says how much the checkpoint needs; the checkpoints already there stay intact.
    /// </summary>
    public string Save(CheckpointContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        Directory.CreateDirectory(Folder);
        var name = string.Create(CultureInfo.InvariantCulture, $"ckpt-{content.Counters.Updates:D9}");
        var final = Path.Combine(Folder, name);
        var partial = final + PartialSuffix;
        var latestPartial = Path.Combine(Folder, LatestFile + PartialSuffix);
        try
        {
            if (Directory.Exists(partial)) Directory.Delete(partial, recursive: true);
            Directory.CreateDirectory(partial);
            WriteTensors(Path.Combine(partial, "weights.pt"), content.Weights);
            WriteTensors(Path.Combine(partial, "optimizers.pt"), content.OptimizerState);
            WriteText(Path.Combine(partial, "counters.json"), JsonSerializer.Serialize(content.Counters, JsonOptions));
            WriteText(Path.Combine(partial, "composition.yaml"), content.Composition);
            if (Directory.Exists(final)) Directory.Delete(final, recursive: true);
            Directory.Move(partial, final);
            WriteText(latestPartial, name);
            File.Move(latestPartial, Path.Combine(Folder, LatestFile), overwrite: true);
        }
        catch (IOException exception) when (DiskSpace.IsFull(exception))
        {
            RemoveQuietly(partial);
            RemoveQuietly(latestPartial);
            throw new DiskFullException("checkpoint", final, Size(content), exception);
        }
        Prune(name);
        return final;
    }

    /// <summary>
    /// Copies the checkpoint <paramref name="checkpoint"/> (a folder <see cref="Save"/> returned) to
    /// <c>kept/step-STEP</c> through a partial folder and a rename, replacing an earlier copy of that step.
    /// </summary>
    public string KeepAt(string checkpoint, long step)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        var final = KeptPath(step);
        var partial = final + PartialSuffix;
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(final)!);
            if (Directory.Exists(partial)) Directory.Delete(partial, recursive: true);
            Directory.CreateDirectory(partial);
            foreach (var file in Directory.EnumerateFiles(checkpoint))
            {
                var copy = Path.Combine(partial, Path.GetFileName(file));
                File.Copy(file, copy);
                using var stream = new FileStream(copy, FileMode.Open, FileAccess.ReadWrite);
                stream.Flush(flushToDisk: true);
            }
            if (Directory.Exists(final)) Directory.Delete(final, recursive: true);
            Directory.Move(partial, final);
        }
        catch (IOException exception) when (DiskSpace.IsFull(exception))
        {
            RemoveQuietly(partial);
            throw new DiskFullException("kept checkpoint", final, Directory.EnumerateFiles(checkpoint).Sum(file => new FileInfo(file).Length), exception);
        }
        return final;
    }

    /// <summary>The folder of the checkpoint kept at agent step <paramref name="step"/>, whether or not it exists.</summary>
    public string KeptPath(long step) => Path.Combine(Folder, KeptFolder, string.Create(CultureInfo.InvariantCulture, $"step-{step:D9}"));

    /// <summary>The agent steps of the kept checkpoints, ascending.</summary>
    public IReadOnlyList<long> KeptSteps()
    {
        var folder = Path.Combine(Folder, KeptFolder);
        if (!Directory.Exists(folder)) return [];
        return Directory.EnumerateDirectories(folder, "step-*")
            .Select(path => Path.GetFileName(path))
            .Where(name => KeptName().IsMatch(name))
            .Select(name => long.Parse(name["step-".Length..], CultureInfo.InvariantCulture))
            .Order()
            .ToList();
    }

    /// <summary>About how many bytes <paramref name="content"/> takes on disk: its tensors' data and its text files.</summary>
    public static long Size(CheckpointContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return content.Weights.Values.Concat(content.OptimizerState.Values).Sum(tensor => tensor.NumberOfElements * tensor.ElementSize)
            + JsonSerializer.Serialize(content.Counters, JsonOptions).Length + content.Composition.Length;
    }

    /// <summary>Removes a partial file or folder left by a failed write; one that cannot be removed is ignored on resume.</summary>
    private static void RemoveQuietly(string path)
    {
        try
        {
            if (Directory.Exists(path)) Directory.Delete(path, recursive: true);
            else if (File.Exists(path)) File.Delete(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
        }
    }

    /// <summary>
    /// Reads the checkpoint in <paramref name="folder"/>: tensors on the CPU. A file that is missing or does not read
    /// gives an <see cref="InvalidDataException"/> naming it.
    /// </summary>
    public static CheckpointContent Load(string folder)
    {
        var counters = CountersFile.Read(Path.Combine(folder, "counters.json"));
        return new CheckpointContent(
            ReadTensors(Path.Combine(folder, "weights.pt")),
            ReadTensors(Path.Combine(folder, "optimizers.pt")),
            counters,
            ReadText(Path.Combine(folder, "composition.yaml")));
    }

    private void Prune(string newest)
    {
        var older = Complete()
            .Select(path => Path.GetFileName(path))
            .Where(name => string.CompareOrdinal(name, newest) <= 0)
            .ToList();
        foreach (var name in older.Take(Math.Max(0, older.Count - Keep)).Where(name => name != newest))
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
        if (!File.Exists(path)) throw new InvalidDataException($"{path} is missing");
        try
        {
            using var stream = File.OpenRead(path);
            var table = PyTorchUnpickler.UnpickleStateDict(stream);
            var tensors = new Dictionary<string, Tensor>(StringComparer.Ordinal);
            foreach (DictionaryEntry entry in table) tensors[(string)entry.Key] = (Tensor)entry.Value!;
            return tensors;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            throw new InvalidDataException($"{path} is not a readable PyTorch state dictionary ({exception.Message})", exception);
        }
    }

    private static string ReadText(string path)
    {
        if (!File.Exists(path)) throw new InvalidDataException($"{path} is missing");
        return File.ReadAllText(path);
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

    [GeneratedRegex(@"^ckpt-[0-9]{9,}$")]
    private static partial Regex CheckpointName();

    [GeneratedRegex(@"^step-[0-9]{9,}$")]
    private static partial Regex KeptName();
}
