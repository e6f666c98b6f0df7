using System.Reflection;
using Dreamer.Abstractions.Components;
using McMaster.NETCore.Plugins;

namespace Dreamer.Host.Plugins;

/// <summary>
/// Loads plugins that passed the checks before loading, each in its own load context that shares the contracts,
/// the shared modules and TorchSharp with the host, and finds their <c>[Component]</c> classes. Every assembly a plugin
/// references is loaded at once, so a missing dependency is reported now rather than when a component is first built.
/// </summary>
internal static class PluginAssemblyLoader
{
    /// <summary>The components of <paramref name="plugins"/>, and a problem for each assembly or class that was refused.</summary>
    public static (IReadOnlyList<ComponentDescriptor> Components, IReadOnlyList<string> Problems) Load(IReadOnlyList<PluginMetadata> plugins)
    {
        var components = new List<ComponentDescriptor>();
        var problems = new List<string>();
        foreach (var plugin in plugins)
        {
            var types = Types(plugin.Candidate, problems);
            foreach (var type in types)
            {
                var attribute = type.GetCustomAttribute<ComponentAttribute>(inherit: false);
                if (attribute is null) continue;
                var (descriptor, problem) = ComponentTypeRules.Describe(type, attribute);
                if (descriptor is not null) components.Add(descriptor);
                if (problem is not null) problems.Add(problem);
            }
        }
        return (components, problems);
    }

    private static IReadOnlyList<Type> Types(PluginCandidate candidate, List<string> problems)
    {
        try
        {
            var loader = PluginLoader.CreateFromAssemblyFile(
                candidate.AssemblyPath,
                SharedContracts.Types.ToArray(),
                config => config.PreferSharedTypes = true);
            var assembly = loader.LoadDefaultAssembly();
            foreach (var reference in assembly.GetReferencedAssemblies())
            {
                loader.LoadAssembly(reference);
            }
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException exception)
        {
            var reasons = exception.LoaderExceptions.OfType<Exception>().Select(inner => inner.Message).Distinct();
            problems.Add(PluginProblems.CouldNotLoad(candidate, string.Join(" ", reasons)));
        }
        catch (Exception exception) when (exception is FileNotFoundException or FileLoadException or BadImageFormatException or TypeLoadException)
        {
            problems.Add(PluginProblems.CouldNotLoad(candidate, exception.Message));
        }
        return [];
    }
}
