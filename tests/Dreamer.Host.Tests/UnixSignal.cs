using System.Runtime.InteropServices;

namespace Dreamer.Host.Tests;

/// <summary>Sends a signal to a process directly (libc <c>kill</c>): starting <c>kill</c> as a program can take seconds on a loaded machine.</summary>
internal static class UnixSignal
{
    /// <summary>SIGHUP.</summary>
    public const int Hangup = 1;

    /// <summary>SIGTERM.</summary>
    public const int Terminate = 15;

    /// <summary>SIGUSR1 on Linux.</summary>
    public const int User1 = 10;

    public static void Send(int processId, int signal) =>
        Assert.True(Kill(processId, signal) == 0, $"kill({processId}, {signal}) failed: errno {Marshal.GetLastPInvokeError()}");

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}
