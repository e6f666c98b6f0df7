using Dreamer.Training.Replay;

namespace Dreamer.Training.Tests.Replay;

internal static class EpisodeFactory
{
    /// <summary>An episode of <paramref name="steps"/> steps whose observation bytes and rewards encode the row.</summary>
    public static Episode Create(int steps, int marker = 0, bool terminal = true)
    {
        var rows = steps + 1;
        int[] shape = [1, 2, 2];
        var observations = new byte[rows * 4];
        for (var row = 0; row < rows; row++)
        {
            for (var i = 0; i < 4; i++) observations[row * 4 + i] = (byte)((row + marker) % 256);
        }
        var actions = new float[rows * 3];
        for (var row = 1; row < rows; row++) actions[row * 3 + row % 3] = 1;
        var rewards = Enumerable.Range(0, rows).Select(row => row == 0 ? 0f : row + marker * 1000f).ToArray();
        var discounts = Enumerable.Range(0, rows).Select(row => terminal && row == steps ? 0f : 1f).ToArray();
        var isFirst = Enumerable.Range(0, rows).Select(row => row == 0).ToArray();
        var isLast = Enumerable.Range(0, rows).Select(row => row == steps).ToArray();
        var isTerminal = Enumerable.Range(0, rows).Select(row => terminal && row == steps).ToArray();
        return new Episode(shape, observations, 3, actions, rewards, discounts, isFirst, isLast, isTerminal);
    }
}
