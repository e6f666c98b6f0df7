using System.Reflection;
using Dreamer.Abstractions.Components;
using Dreamer.Modules.Layers;
using TorchSharp;

namespace Dreamer.Host.Plugins;

/// <summary>
/// The assemblies the host shares with every plugin: the contracts, the shared modules and TorchSharp. A plugin
/// compiles against them but must not carry copies (docs/writing-a-component.md).
/// </summary>
public static class SharedContracts
{
    /// <summary>One type from each shared assembly, given to the plugin loader as shared types.</summary>
    public static readonly IReadOnlyList<Type> Types = [typeof(IComponentOptions), typeof(Mlp), typeof(torch.Tensor)];

    /// <summary>The simple names of the shared assemblies: Dreamer.Abstractions, Dreamer.Modules, TorchSharp.</summary>
    public static readonly IReadOnlyList<string> AssemblyNames = Types.Select(type => type.Assembly.GetName().Name!).ToList();

    /// <summary>
    /// The shared assemblies a plugin must have been built against at this host's version
    /// (<c>DreamerContractsVersion</c>): Dreamer.Abstractions and Dreamer.Modules.
    /// </summary>
    public static readonly IReadOnlyList<AssemblyName> Versioned =
        [typeof(IComponentOptions).Assembly.GetName(), typeof(Mlp).Assembly.GetName()];
}
