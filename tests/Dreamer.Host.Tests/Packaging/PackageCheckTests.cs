using System.Diagnostics;
using Dreamer.Tests.Support;

namespace Dreamer.Host.Tests.Packaging;

/// <summary>
/// Dreamer as a user outside the repository gets it: <c>scripts/package-check.sh</c> packs the packages into a folder
/// outside the repository, installs the templates and the tool from it, generates one component of each slot kind and
/// one environment, builds them against the packages with Dreamer's packages cleared from the NuGet cache, runs their
/// generated tests, loads each with the packed tool, trains the environment and the default composition from an
/// unrelated folder (docs/packages.md).
/// </summary>
[Trait(TestCategory.Name, TestCategory.Slow)]
[Collection(RunsAloneCollection.Name)]
public sealed class PackageCheckTests : IDisposable
{
    private readonly string work = Directory.CreateTempSubdirectory("dreamer-package-check-").FullName;

    public void Dispose() => Directory.Delete(work, recursive: true);

    [Fact]
    public async Task PackedTemplatesBuildTestLoadAndTrainWithThePackedTool()
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(RepositoryRoot.Path, "scripts", "package-check.sh"));
        start.ArgumentList.Add(work);
        start.Environment["DREAMER_PACK_CONFIGURATION"] = "Debug";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        var finished = process.WaitForExit(TimeSpan.FromMinutes(20));
        if (!finished) process.Kill(entireProcessTree: true);
        var (printed, errors) = (await stdout, await stderr);
        var output = printed + errors;

        Assert.True(finished, $"scripts/package-check.sh did not finish within 20 minutes:\n{output}");
        Assert.True(process.ExitCode == 0, $"scripts/package-check.sh exited with {process.ExitCode}:\n{output}");
        Assert.Equal("package check: passed", printed.TrimEnd().Split('\n')[^1]);
        foreach (var slot in new[] { "CheckLatent", "CheckEncoder", "CheckDecoder", "CheckDynamics", "CheckKl", "CheckBehavior", "CheckActorGradient" })
            Assert.Contains($"{slot}: ", output);
    }
}
