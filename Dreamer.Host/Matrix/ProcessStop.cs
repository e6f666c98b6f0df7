using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Dreamer.Host.Matrix;

/// <summary>Asks a child process to stop cleanly: SIGTERM, which <c>dreamer train</c> answers with a checkpoint and a stopped status.</summary>
internal static class ProcessStop
{
    private const int Sigterm = 15;

    /// <summary>Sends SIGTERM to <paramref name="process"/>; on Windows, which has no such signal, kills its tree.</summary>
    public static void Request(Process process)
    {
        if (OperatingSystem.IsWindows())
        {
            process.Kill(entireProcessTree: true);
            return;
        }
        if (!process.HasExited) _ = Kill(process.Id, Sigterm);
    }

    [DllImport("libc", EntryPoint = "kill")]
    private static extern int Kill(int pid, int signal);
}
