namespace Dreamer.Host.Matrix;

/// <summary>One <c>--set path=value</c> override that a matrix cell passes to <c>dreamer train</c>.</summary>
/// <param name="Path">The option path, e.g. <c>latent.type</c> or <c>kl.with.alpha</c>.</param>
/// <param name="Value">The value as YAML text, e.g. <c>latent.gaussian</c>, <c>0.5</c> or <c>[reward, discount]</c>.</param>
/// <param name="Where">Where the matrix file wrote it (<c>file.yaml:LINE</c>), for errors; null for the seed and step budget.</param>
public sealed record SettingOverride(string Path, string Value, string? Where = null)
{
    /// <summary>The argument that follows <c>--set</c>.</summary>
    public string ToArgument() => $"{Path}={Value}";
}
