using System.Diagnostics;

namespace Dreamer.Host.Tests.Plugins;

/// <summary>Runs <c>dotnet build</c> on a project as a child process, with a timeout.</summary>
internal static class DotnetBuild
{
    public static (int ExitCode, string Output) Run(string project, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "build", project, "-c", "Debug", "-nologo", "-v:q", "-clp:NoSummary" })
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            return (-1, $"dotnet build {project} did not finish within {timeout}.");
        }
        return (process.ExitCode, output.Result + error.Result);
    }
}
