using YamlDotNet.Core;

namespace Dreamer.Host.Composition;

/// <summary>
/// A <c>--set path=value</c> override as a one-key layer (<c>kl.with.alpha=0.5</c> → <c>{ kl: { with: { alpha: 0.5 } } }</c>);
/// the value is parsed as YAML, so <c>[1, 2]</c> is a list.
/// </summary>
internal static class CompositionOverride
{
    public const string Allowed = "path=value, such as kl.with.alpha=0.5";

    /// <summary>The layer for <paramref name="assignment"/>, or null after adding an error.</summary>
    public static CompositionMap? Parse(string assignment, CompositionLimits limits, List<CompositionError> errors)
    {
        var source = ValueSource.Override;
        var equals = assignment.IndexOf('=');
        var keys = equals < 0 ? [] : assignment[..equals].Trim().Split('.');
        if (keys.Length == 0 || keys.Any(string.IsNullOrWhiteSpace))
        {
            errors.Add(CompositionError.At(source, "", $"{assignment} is not an override; allowed: {Allowed}"));
            return null;
        }
        var path = string.Join('.', keys);
        if (keys[0].Trim() is CompositionKeys.Extends or CompositionKeys.Recorded)
        {
            var what = keys[0].Trim() == CompositionKeys.Extends ? "presets cannot be set from the command line" : "the host writes what a run recorded";
            errors.Add(CompositionError.At(source, path, $"{what}; allowed: slots and sections"));
            return null;
        }
        var text = assignment[(equals + 1)..];
        CompositionNode value;
        try
        {
            value = CompositionYamlReader.Parse(text, _ => source, limits) ?? new CompositionScalar("", true, source);
        }
        catch (YamlException exception)
        {
            errors.Add(CompositionError.At(source, path, $"{text} is not a YAML value ({exception.Message}); allowed: {Allowed}"));
            return null;
        }
        for (var i = keys.Length - 1; i > 0; i--)
            value = new CompositionMap([new CompositionEntry(keys[i].Trim(), source, value)], source);
        return new CompositionMap([new CompositionEntry(keys[0].Trim(), source, value)], source);
    }
}
