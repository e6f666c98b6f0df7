namespace Dreamer.Host.Composition;

/// <summary>The fixed keys of composition files.</summary>
internal static class CompositionKeys
{
    public const string Extends = "extends";
    public const string Type = "type";
    public const string With = "with";
    public const string Plugins = "plugins";
    public const string Folders = "folders";

    /// <summary>What the host recorded about a run in its <c>resolved.yaml</c> (the environment's spaces and libraries); loading ignores it.</summary>
    public const string Recorded = "recorded";
}
