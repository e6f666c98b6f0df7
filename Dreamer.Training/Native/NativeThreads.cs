using System.Runtime.InteropServices;
using static TorchSharp.torch;

namespace Dreamer.Training.Native;

/// <summary>
/// libtorch's CPU threads. The CPU libtorch runs its parallel regions on GNU OpenMP (<c>libgomp</c>), whose workers
/// by default busy-wait for about 300,000 spins after each region. A lone run barely notices, but two runs on two cores
/// steal each other's cores with spinning: each went about seven times slower (docs/performance.md).
/// <see cref="WaitPassively"/> sets <c>OMP_WAIT_POLICY=PASSIVE</c> (workers sleep when idle) in the process
/// environment before libtorch loads, because OpenMP reads it once, when its runtime starts; a value the user set, or
/// a <c>GOMP_SPINCOUNT</c>, is left alone. <see cref="Use"/> sets the number of intra-op threads.
/// </summary>
public static class NativeThreads
{
    /// <summary>The OpenMP variable set before libtorch loads.</summary>
    public const string WaitPolicy = "OMP_WAIT_POLICY";

    /// <summary>Sets <c>OMP_WAIT_POLICY=PASSIVE</c> unless the user chose a wait policy or spin count; returns whether it did. Call before any tensor exists.</summary>
    public static bool WaitPassively()
    {
        if (!OperatingSystem.IsLinux()) return false;
        if (Environment.GetEnvironmentVariable(WaitPolicy) is not null || Environment.GetEnvironmentVariable("GOMP_SPINCOUNT") is not null) return false;
        try
        {
            // Environment.SetEnvironmentVariable changes only .NET's copy; OpenMP reads the C environment.
            if (SetEnvironment(WaitPolicy, "PASSIVE", 1) != 0) return false;
            Environment.SetEnvironmentVariable(WaitPolicy, "PASSIVE");
            return true;
        }
        catch (Exception exception) when (exception is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    /// <summary>
    /// The default thread count: <c>OMP_NUM_THREADS</c> when it holds a positive number (as <c>dreamer matrix run
    /// --parallel</c> gives its cells), else the cores this process may use (its CPU affinity and quota).
    /// </summary>
    public static int Available =>
        int.TryParse(Environment.GetEnvironmentVariable("OMP_NUM_THREADS"), out var count) && count > 0 ? count : Environment.ProcessorCount;

    /// <summary>
    /// The thread count a process uses: <paramref name="requested"/> (a command line's <c>--threads</c>) when given,
    /// else <paramref name="configured"/> (<c>training.threads</c>) unless it is 0, else <see cref="Available"/>.
    /// </summary>
    public static int Count(int? requested, int configured) => requested ?? (configured == 0 ? Available : configured);

    /// <summary>Sets libtorch's intra-op threads to <paramref name="threads"/>, or to <see cref="Available"/> when null; returns the count set.</summary>
    public static int Use(int? threads)
    {
        if (threads is < 1) throw new ArgumentOutOfRangeException(nameof(threads), threads, "a thread count is at least 1");
        var count = threads ?? Available;
        if (get_num_threads() != count) set_num_threads(count);
        return count;
    }

    [DllImport("libc", EntryPoint = "setenv")]
    private static extern int SetEnvironment(string name, string value, int overwrite);
}
