using YamlDotNet.Core;

namespace Dreamer.Host.Composition;

/// <summary>
/// YAML text that goes past a <see cref="CompositionLimits"/> limit, or holds a second document; its start is the node
/// or document that went past it.
/// </summary>
internal sealed class CompositionLimitException(Mark start, string message) : YamlException(start, start, message);
