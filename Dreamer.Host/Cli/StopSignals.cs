using System.Runtime.InteropServices;

namespace Dreamer.Host.Cli;

/// <summary>
/// Turns the signals that ask a process to stop — Ctrl-C (SIGINT), SIGTERM, SIGHUP (a closed terminal or SSH session)
/// and, on Linux and macOS, SIGUSR1 (what a Slurm job receives before its time limit with
/// <c>--signal=B:USR1@SECONDS</c>) — into one callback, instead of their default of ending the process at once.
/// </summary>
public sealed class StopSignals : IDisposable
{
    private readonly List<PosixSignalRegistration> registrations = [];

    /// <summary>Calls <paramref name="stop"/> with the signal each time one of the stop signals arrives.</summary>
    public StopSignals(Action<PosixSignal> stop)
    {
        ArgumentNullException.ThrowIfNull(stop);
        var signals = new List<PosixSignal> { PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGHUP };
        if (UserSignal1 is { } user) signals.Add(user);
        foreach (var signal in signals)
        {
            registrations.Add(PosixSignalRegistration.Create(signal, context =>
            {
                context.Cancel = true;
                stop(context.Signal);
            }));
        }
    }

    /// <summary>SIGUSR1 as a raw signal number: 10 on Linux, 30 on macOS; null where there is none.</summary>
    public static PosixSignal? UserSignal1 =>
        OperatingSystem.IsLinux() ? (PosixSignal)10 : OperatingSystem.IsMacOS() ? (PosixSignal)30 : null;

    public void Dispose()
    {
        foreach (var registration in registrations) registration.Dispose();
    }
}
