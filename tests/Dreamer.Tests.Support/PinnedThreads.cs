using static TorchSharp.torch;

namespace Dreamer.Tests.Support;

/// <summary>Sets libtorch's intra-op thread count for a test and puts the count it found back when disposed.</summary>
public sealed class PinnedThreads : IDisposable
{
    private readonly int before = get_num_threads();

    public PinnedThreads(int threads) => set_num_threads(threads);

    public void Dispose() => set_num_threads(before);
}
