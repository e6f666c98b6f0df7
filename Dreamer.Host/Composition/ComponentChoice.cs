using Dreamer.Abstractions.Components;
using Dreamer.Host.Plugins;

namespace Dreamer.Host.Composition;

/// <summary>The component chosen for a slot and its bound options record.</summary>
public sealed record ComponentChoice(string Slot, string Key, ComponentDescriptor Descriptor, IComponentOptions Options);
