using System.Runtime.InteropServices;
using Dreamer.Training.Native;
using static TorchSharp.torch;

namespace Dreamer.Training.Tests.Native;

/// <summary>libtorch's CPU threads: the count set, the default of the cores available, and the OpenMP wait policy in the C environment.</summary>
[Collection(RunsAloneCollection.Name)]
public sealed class NativeThreadsTests
{
    [Fact]
    public void UseSetsTheCountAndDefaultsToTheCoresAvailable()
    {
        var before = get_num_threads();
        try
        {
            Assert.Equal(1, NativeThreads.Use(1));
            Assert.Equal(1, get_num_threads());
            Assert.Equal(NativeThreads.Available, NativeThreads.Use(null));
            Assert.Equal(NativeThreads.Available, get_num_threads());
            Assert.Throws<ArgumentOutOfRangeException>(() => NativeThreads.Use(0));
        }
        finally
        {
            set_num_threads(before);
        }
    }

    [Fact]
    public void TheDefaultCountIsOmpNumThreadsWhenSetElseTheCores()
    {
        var before = Environment.GetEnvironmentVariable("OMP_NUM_THREADS");
        try
        {
            Environment.SetEnvironmentVariable("OMP_NUM_THREADS", "3");
            Assert.Equal(3, NativeThreads.Available);
            Environment.SetEnvironmentVariable("OMP_NUM_THREADS", "0");
            Assert.Equal(Environment.ProcessorCount, NativeThreads.Available);
            Environment.SetEnvironmentVariable("OMP_NUM_THREADS", null);
            Assert.Equal(Environment.ProcessorCount, NativeThreads.Available);
        }
        finally
        {
            Environment.SetEnvironmentVariable("OMP_NUM_THREADS", before);
        }
    }

    [Fact]
    public void ACommandLineCountWinsOverTheConfiguredOneAndZeroMeansTheDefault()
    {
        Assert.Equal(3, NativeThreads.Count(3, 1));
        Assert.Equal(1, NativeThreads.Count(null, 1));
        Assert.Equal(NativeThreads.Available, NativeThreads.Count(null, 0));
    }

    [Fact]
    public void WaitPassivelySetsTheCEnvironmentOnceAndLeavesAUsersChoice()
    {
        if (!OperatingSystem.IsLinux()) return;
        var before = Environment.GetEnvironmentVariable(NativeThreads.WaitPolicy);
        var spin = Environment.GetEnvironmentVariable("GOMP_SPINCOUNT");
        var applied = NativeThreads.WaitPassively();
        Assert.Equal(before is null && spin is null, applied);
        if (spin is null) Assert.Equal(before ?? "PASSIVE", Marshal.PtrToStringAnsi(GetEnvironment(NativeThreads.WaitPolicy)));
        Assert.False(NativeThreads.WaitPassively());                                  // a value is set now: left alone
    }

    [DllImport("libc", EntryPoint = "getenv")]
    private static extern IntPtr GetEnvironment(string name);
}
