using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Dreamer.Abstractions.Components;

namespace Dreamer.Host.Plugins;

/// <summary>
/// Reads a plugin's assembly references and <c>[Component]</c> keys with System.Reflection.Metadata, without loading
/// the assembly into the process.
/// </summary>
internal static class PluginMetadataReader
{
    private static readonly string AttributeNamespace = typeof(ComponentAttribute).Namespace!;
    private static readonly string AttributeName = typeof(ComponentAttribute).Name;

    /// <summary>The metadata of <paramref name="candidate"/>; throws <see cref="BadImageFormatException"/> for a file that is no .NET assembly.</summary>
    public static PluginMetadata Read(PluginCandidate candidate)
    {
        using var stream = File.OpenRead(candidate.AssemblyPath);
        using var image = new PEReader(stream);
        if (!image.HasMetadata) throw new BadImageFormatException("the file is not a .NET assembly (it has no metadata)");
        var reader = image.GetMetadataReader();
        if (!reader.IsAssembly) throw new BadImageFormatException("the file is a .NET module, not an assembly");
        var references = new Dictionary<string, Version>(StringComparer.Ordinal);
        foreach (var handle in reader.AssemblyReferences)
        {
            var reference = reader.GetAssemblyReference(handle);
            references[reader.GetString(reference.Name)] = reference.Version;
        }
        var components = reader.CustomAttributes
            .Select(reader.GetCustomAttribute)
            .Where(attribute => attribute.Parent.Kind == HandleKind.TypeDefinition && IsComponentAttribute(reader, attribute))
            .Select(attribute => new DeclaredComponent(Key(reader, attribute), TypeName(reader, (TypeDefinitionHandle)attribute.Parent)))
            .ToList();
        return new PluginMetadata(candidate, references, components);
    }

    private static bool IsComponentAttribute(MetadataReader reader, CustomAttribute attribute)
    {
        if (attribute.Constructor.Kind != HandleKind.MemberReference) return false;
        var constructor = reader.GetMemberReference((MemberReferenceHandle)attribute.Constructor);
        if (constructor.Parent.Kind != HandleKind.TypeReference) return false;
        var type = reader.GetTypeReference((TypeReferenceHandle)constructor.Parent);
        return reader.StringComparer.Equals(type.Namespace, AttributeNamespace)
            && reader.StringComparer.Equals(type.Name, AttributeName);
    }

    private static string Key(MetadataReader reader, CustomAttribute attribute)
    {
        var value = reader.GetBlobReader(attribute.Value);
        if (value.ReadUInt16() != 1) throw new BadImageFormatException("a [Component] attribute has a malformed value");
        return value.ReadSerializedString() ?? "";
    }

    private static string TypeName(MetadataReader reader, TypeDefinitionHandle handle)
    {
        var type = reader.GetTypeDefinition(handle);
        var name = reader.GetString(type.Name);
        var declaring = type.GetDeclaringType();
        if (!declaring.IsNil) return TypeName(reader, declaring) + "+" + name;
        var space = reader.GetString(type.Namespace);
        return space.Length == 0 ? name : space + "." + name;
    }
}
