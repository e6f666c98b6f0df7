using Dreamer.Training.Replay;

namespace Dreamer.Training.Tests.Replay;

/// <summary>Episodes of float32 vector observations <c>[3]</c> (dreamerv2.md §3), whose values encode the row.</summary>
internal static class VectorEpisodeFactory
{
    public const int Size = 3;

    /// <summary>Element i of row r holds <see cref="Value"/>(r, marker, i); one of 2 actions, rewards encode the row.</summary>
    public static Episode Create(int steps, int marker = 0)
    {
        var rows = steps + 1;
        var observations = new float[rows * Size];
        for (var row = 0; row < rows; row++)
        {
            for (var i = 0; i < Size; i++) observations[row * Size + i] = Value(row, marker, i);
        }
        var actions = new float[rows * 2];
        for (var row = 1; row < rows; row++) actions[row * 2 + row % 2] = 1;
        var rewards = Enumerable.Range(0, rows).Select(row => row == 0 ? 0f : row + marker * 1000f).ToArray();
        var discounts = Enumerable.Range(0, rows).Select(row => row == steps ? 0f : 1f).ToArray();
        var isFirst = Enumerable.Range(0, rows).Select(row => row == 0).ToArray();
        var isLast = Enumerable.Range(0, rows).Select(row => row == steps).ToArray();
        return new Episode([Size], observations, 2, actions, rewards, discounts, isFirst, isLast, isLast.ToArray());
    }

    /// <summary>A value with a fraction and a sign, which only a float32 store keeps exactly.</summary>
    public static float Value(int row, int marker, int element) => (row + 100 * marker) * (element == 1 ? -1f : 1f) + 0.125f * element;
}
