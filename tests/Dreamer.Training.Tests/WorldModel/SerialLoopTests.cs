using Dreamer.Tests.Support;
using Dreamer.Training.WorldModels;
using static TorchSharp.torch;

namespace Dreamer.Training.Tests.WorldModels;

/// <summary>
/// The RSSM's recurrences run serially for small batches (SerialSection): on one thread inside the loop, the thread
/// count restored after it.
/// </summary>
[Collection(RunsAloneCollection.Name)]
public sealed class SerialLoopTests
{
    [Fact]
    public void ImaginationRunsItsStepsOnOneThreadAndRestoresTheCount()
    {
        using var pinned = new PinnedThreads(2);
        var model = TestWorldModels.Tiny();
        var seen = new List<int>();

        new WorldModelImagination(model).Imagine(model.Rssm.Initial(6, ScalarType.Float32, CPU), features =>
        {
            seen.Add(get_num_threads());
            return zeros(features.shape[0], 2);
        }, horizon: 3);

        Assert.Equal([1, 1, 1], seen);
        Assert.Equal(2, get_num_threads());
    }

    [Fact]
    public void TheObserveLoopRunsOnOneThreadAndRestoresTheCount()
    {
        using var pinned = new PinnedThreads(2);
        var model = TestWorldModels.Tiny();
        var latent = TestWorldModels.TinyLatent();
        var seen = new List<int>();

        model.Rssm.Observe(randn(new long[] { 3, 4, model.Encoder.EmbedSize }), zeros(3, 4, 2), zeros(3, 4), (parameters, _) =>
        {
            seen.Add(get_num_threads());
            return latent.Sample(parameters);
        });

        Assert.Equal([1, 1, 1], seen);
        Assert.Equal(2, get_num_threads());
    }
}
