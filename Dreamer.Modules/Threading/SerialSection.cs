using static TorchSharp.torch;

namespace Dreamer.Modules.Threading;

/// <summary>
/// A stretch of small tensor operations run on the calling thread alone. Each libtorch operation above its grain size
/// opens an OpenMP parallel region, and with the passive wait policy (<c>NativeThreads</c>) every region first wakes
/// the sleeping workers: on two cores that wake-up costs more than the work of a region over a few thousand rows, so a
/// recurrence of such operations (the RSSM's posterior and imagination loops, an acting step, an optimizer step over
/// small parameters) runs faster serially. The same sums are computed; only the partition of a full reduction among
/// threads may change, by float rounding. Outside the section the thread count is restored. libtorch's thread count is
/// per process, so a section is meant for the one thread that drives training.
/// </summary>
public static class SerialSection
{
    /// <summary>
    /// The elements of the largest tensor in one step below which the step runs serially: 2¹⁸. A region over fewer
    /// elements does under about 0.3 ms of element-wise work, comparable to the cost of waking a sleeping worker.
    /// </summary>
    public const long Threshold = 1L << 18;

    /// <summary>
    /// Runs serially until disposed when the step's largest tensor has fewer than <see cref="Threshold"/> elements
    /// (<paramref name="elements"/>, e.g. rows × features) and more than one thread is set; otherwise changes nothing.
    /// </summary>
    public static IDisposable Enter(long elements)
    {
        if (elements >= Threshold) return Unchanged.Instance;
        var threads = get_num_threads();
        if (threads <= 1) return Unchanged.Instance;
        set_num_threads(1);
        return new Restore(threads);
    }

    private sealed class Restore(int threads) : IDisposable
    {
        private bool disposed;

        public void Dispose()
        {
            if (disposed) return;
            disposed = true;
            set_num_threads(threads);
        }
    }

    private sealed class Unchanged : IDisposable
    {
        public static readonly Unchanged Instance = new();

        public void Dispose()
        {
        }
    }
}
