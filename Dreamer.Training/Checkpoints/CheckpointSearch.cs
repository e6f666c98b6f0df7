namespace Dreamer.Training.Checkpoints;

/// <summary>
/// Finds the newest checkpoint of a run that loads. Every complete <c>ckpt-*</c> folder is a candidate, newest
/// first; <c>checkpoints/latest</c> is only a hint: a missing, unreadable or outside-pointing one is reported and
/// the folders are searched all the same. A checkpoint that does not load (a file missing or truncated, nonsense
/// counters, tensors of another composition) is skipped for the previous one, said so in the notes.
/// </summary>
public static class CheckpointSearch
{
    /// <summary>
    /// The newest checkpoint of <paramref name="store"/> that loads and that <paramref name="accept"/> (when given)
    /// takes without an <see cref="InvalidDataException"/>; null when the run has no checkpoint. Throws an
    /// <see cref="InvalidDataException"/> naming every checkpoint and what is wrong when there are some and none loads.
    /// </summary>
    public static CheckpointChoice? Newest(CheckpointStore store, Action<CheckpointContent>? accept = null)
    {
        var notes = new List<string>();
        var pointer = store.ReadPointer();
        var candidates = store.Complete().Reverse().ToList();
        if (pointer.Problem is not null) notes.Add($"{store.PointerPath} {pointer.Problem}; taking the newest checkpoint that loads");
        var failures = new List<string>();
        foreach (var folder in candidates)
        {
            var name = Path.GetFileName(folder);
            try
            {
                var content = CheckpointStore.Load(folder);
                accept?.Invoke(content);
                notes.Add(failures.Count == 0 && pointer.Name == name
                    ? $"taking {name}: the newest checkpoint, named by {store.PointerPath}"
                    : $"taking {name}: the newest checkpoint that loads");
                return new CheckpointChoice(folder, content, notes);
            }
            catch (InvalidDataException exception)
            {
                failures.Add(exception.Message);
                notes.Add($"skipping {name}: {exception.Message}");
            }
        }
        if (failures.Count > 0) throw new InvalidDataException($"no checkpoint in {store.Folder} loads: {string.Join("; ", failures)}");
        if (pointer.Name is not null) throw new InvalidDataException($"{store.PointerPath} names {pointer.Name}, but {store.Folder} holds no checkpoint");
        return null;
    }
}
