using System.Diagnostics;
using Dreamer.Environments.Python.Protocol;

namespace Dreamer.Environments.Python;

/// <summary>
/// The interpreter running <c>dreamer_env_server.py</c>: frames go to its stdin and come from its stdout, its stderr
/// is kept in a <see cref="StderrTail"/>. A reply that does not come within the timeout kills the process; a crash,
/// a closed pipe or a timeout becomes a <see cref="BridgeFailureException"/> with the command line, the last stderr line
/// (on the message's first line, which one-line reports keep) and the stderr tail.
/// </summary>
internal sealed class ServerProcess : IDisposable
{
    private readonly Process process;
    private readonly Stream input;
    private readonly Stream output;
    private readonly StderrTail stderr = new();
    private readonly TimeSpan timeout;

    public ServerProcess(string python, TimeSpan timeout)
    {
        this.timeout = timeout;
        var script = Path.Combine(Path.GetDirectoryName(typeof(ServerProcess).Assembly.Location)!, ScriptName);
        CommandLine = $"{python} -u {script}";
        var start = new ProcessStartInfo(python)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-u");
        start.ArgumentList.Add(script);
        process = new Process { StartInfo = start };
        process.ErrorDataReceived += (_, line) => stderr.Add(line.Data);
        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception error)
        {
            throw new PythonEnvironmentException($"cannot start the Python interpreter '{python}': {error.Message} (set with.python to an interpreter path)");
        }
        process.BeginErrorReadLine();
        input = process.StandardInput.BaseStream;
        output = process.StandardOutput.BaseStream;
    }

    /// <summary>The server script's file name, copied beside the plugin's dll.</summary>
    public const string ScriptName = "dreamer_env_server.py";

    public string CommandLine { get; }

    public int Id => process.Id;

    /// <summary>Sends one frame and reads the reply, within the timeout.</summary>
    public byte[] Request(byte[] payload, string what)
    {
        Post(payload, what);
        return Receive(what);
    }

    /// <summary>Sends one frame; <see cref="Receive"/> reads its reply, and the server works on it meanwhile.</summary>
    public void Post(byte[] payload, string what)
    {
        try
        {
            FrameStream.Write(input, payload);
        }
        catch (Exception error) when (error is IOException or ObjectDisposedException or InvalidOperationException)
        {
            throw Failure($"the Python server ended during {what} ({Exited()})");
        }
    }

    /// <summary>Reads the reply to the frame <see cref="Post"/> sent, within the timeout.</summary>
    public byte[] Receive(string what)
    {
        try
        {
            var deadline = Stopwatch.StartNew();
            return FrameStream.Read(buffer => ReadBefore(buffer, deadline, what));
        }
        catch (Exception error) when (error is IOException or ObjectDisposedException or InvalidOperationException)
        {
            throw Failure($"the Python server ended during {what} ({Exited()})");
        }
    }

    /// <summary>Sends a frame that has no reply.</summary>
    public void Send(byte[] payload) => FrameStream.Write(input, payload);

    public BridgeFailureException Failure(string what) =>
        new($"{what}; command: {CommandLine}{(stderr.LastLine is { } last ? $"; last stderr line: {last}" : "")}; stderr tail:\n{stderr}");

    public void Dispose()
    {
        try
        {
            if (!process.HasExited && !process.WaitForExit(TimeSpan.FromSeconds(2))) process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
        catch (InvalidOperationException)
        {
        }
        process.Dispose();
    }

    /// <summary>Ends the process now (a hung or failed server), without waiting for it to close.</summary>
    public void Kill()
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
        }
    }

    private int ReadBefore(Memory<byte> buffer, Stopwatch deadline, string what)
    {
        var left = timeout - deadline.Elapsed;
        var read = output.ReadAsync(buffer).AsTask();
        if (left > TimeSpan.Zero && Task.WaitAny([read], left) == 0) return read.GetAwaiter().GetResult();
        Kill();
        throw Failure($"the Python server did not answer {what} within {timeout.TotalSeconds:0.###} s (timeout); it was killed");
    }

    private string Exited()
    {
        if (!process.WaitForExit(TimeSpan.FromSeconds(2))) return "still running";
        process.WaitForExit();
        return $"exit code {process.ExitCode}";
    }
}
