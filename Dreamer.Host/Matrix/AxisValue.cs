namespace Dreamer.Host.Matrix;

/// <summary>One value of a matrix axis: its short label (used in folder names) and the overrides it stands for.</summary>
/// <param name="Label">A short readable name, e.g. <c>gaussian</c> for <c>{ type: latent.gaussian }</c>.</param>
/// <param name="Overrides">The <c>--set</c> overrides, e.g. <c>latent.type=latent.gaussian</c>, <c>latent.with.classes=16</c>.</param>
public sealed record AxisValue(string Label, IReadOnlyList<SettingOverride> Overrides);
