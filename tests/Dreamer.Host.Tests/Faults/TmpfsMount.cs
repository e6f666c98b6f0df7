using System.Diagnostics;
using System.Globalization;

namespace Dreamer.Host.Tests.Faults;

/// <summary>
/// A small tmpfs mounted on a new temporary folder for one test: a disk that fills or turns read-only on demand.
/// Dispose unmounts it (lazily when still busy) and removes the folder.
/// </summary>
internal sealed class TmpfsMount : IDisposable
{
    private static readonly Lazy<string?> Problem = new(Probe);

    private TmpfsMount(string path) => Path = path;

    /// <summary>The mount point.</summary>
    public string Path { get; }

    /// <summary>Why this process cannot mount a tmpfs (not root, no mount permission, no mount command); null when it can.</summary>
    public static string? CannotMount => Problem.Value;

    /// <summary>Mounts a tmpfs of <paramref name="kilobytes"/> KB, read-only when <paramref name="readOnly"/>.</summary>
    public static TmpfsMount Create(int kilobytes, bool readOnly = false)
    {
        var path = Directory.CreateTempSubdirectory("dreamer-tmpfs-").FullName;
        var error = Run("mount", "-t", "tmpfs", "-o", Options(kilobytes, readOnly), "tmpfs", path);
        if (error is not null)
        {
            Directory.Delete(path);
            throw new InvalidOperationException($"mount failed: {error}");
        }
        return new TmpfsMount(path);
    }

    /// <summary>Remounts with a new size or mode; the files stay.</summary>
    public void Remount(int kilobytes, bool readOnly)
    {
        var error = Run("mount", "-o", "remount," + Options(kilobytes, readOnly), Path);
        if (error is not null) throw new InvalidOperationException($"remount failed: {error}");
    }

    /// <summary>Bytes an unprivileged writer may still use.</summary>
    public long FreeBytes => new DriveInfo(Path).AvailableFreeSpace;

    /// <summary>Writes a filler file (real pages, not a sparse file) that leaves about <paramref name="leaveBytes"/> free; returns its path.</summary>
    public string Fill(long leaveBytes)
    {
        var filler = System.IO.Path.Combine(Path, "filler");
        var chunk = new byte[4096];
        using (var stream = new FileStream(filler, FileMode.Create, FileAccess.Write))
        {
            for (var left = FreeBytes - leaveBytes; left > 0; left -= chunk.Length) stream.Write(chunk, 0, (int)Math.Min(chunk.Length, left));
        }
        return filler;
    }

    public void Dispose()
    {
        if (Run("umount", Path) is not null) Run("umount", "-l", Path);
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static string Options(int kilobytes, bool readOnly) =>
        string.Create(CultureInfo.InvariantCulture, $"size={kilobytes}k,mode=0755{(readOnly ? ",ro" : "")}");

    private static string? Probe()
    {
        if (!OperatingSystem.IsLinux()) return "tmpfs mounts need Linux";
        try
        {
            using var mount = Create(64);
            File.WriteAllText(System.IO.Path.Combine(mount.Path, "probe"), "probe");
            return null;
        }
        catch (Exception exception) when (exception is InvalidOperationException or IOException or UnauthorizedAccessException or System.ComponentModel.Win32Exception)
        {
            return $"this process cannot mount a tmpfs (needs root or CAP_SYS_ADMIN): {exception.Message}";
        }
    }

    /// <summary>Runs a command; null when it succeeded, else its output.</summary>
    private static string? Run(string command, params string[] arguments)
    {
        var start = new ProcessStartInfo(command) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0 ? null : $"{command} {string.Join(' ', arguments)}: exit {process.ExitCode}: {output.Result}{error}".Trim();
    }
}
