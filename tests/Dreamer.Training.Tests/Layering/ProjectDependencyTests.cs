using System.Text.Json;
using Dreamer.Tests.Support;
using Dreamer.Training.Loop;

namespace Dreamer.Training.Tests.Layering;

/// <summary>
/// The pipeline library stays free of the command-line side (docs/architecture.md): neither its resolved package
/// graph nor its compiled references hold the CLI, YAML, validation, plugin-loading or DI packages, or the executable.
/// </summary>
public sealed class ProjectDependencyTests
{
    private static readonly string[] CliSide =
    [
        "Spectre.Console", "YamlDotNet", "FluentValidation", "McMaster.NETCore.Plugins",
        "Microsoft.Extensions.DependencyInjection", "Dreamer.Host",
    ];

    /// <summary>The executable's assembly name.</summary>
    private const string Executable = "dreamer";

    [Fact]
    public void TheResolvedDependenciesOfDreamerTrainingHoldNoCliSidePackage()
    {
        var assets = Path.Combine(RepositoryRoot.Path, "Dreamer.Training", "obj", "project.assets.json");
        using var document = JsonDocument.Parse(File.ReadAllText(assets));
        var resolved = document.RootElement.GetProperty("targets").EnumerateObject()
            .SelectMany(target => target.Value.EnumerateObject().Select(library => library.Name.Split('/')[0]))
            .Distinct()
            .ToList();
        Assert.Contains("TorchSharp", resolved);
        Assert.Contains("Dreamer.Modules", resolved);
        Assert.DoesNotContain(resolved, IsCliSide);
    }

    [Fact]
    public void TheCompiledDreamerTrainingReferencesNoCliSideAssembly()
    {
        var references = typeof(Trainer).Assembly.GetReferencedAssemblies().Select(name => name.Name!).ToList();
        Assert.Contains("TorchSharp", references);
        Assert.DoesNotContain(references, IsCliSide);
    }

    private static bool IsCliSide(string name) =>
        name.Equals(Executable, StringComparison.OrdinalIgnoreCase) || CliSide.Any(prefix => name.Equals(prefix, StringComparison.OrdinalIgnoreCase) || name.StartsWith(prefix + ".", StringComparison.OrdinalIgnoreCase));
}
