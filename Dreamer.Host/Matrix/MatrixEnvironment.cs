namespace Dreamer.Host.Matrix;

/// <summary>
/// One entry of a matrix file's <c>environments:</c> list: a component key, or <c>{ type, with }</c>. Its options are
/// set above the base composition's environment, whose options carry over where the new environment takes them
/// (docs/ablations.md, "A swap is one change").
/// </summary>
/// <param name="Name">How reports, reference scores and the cell's <c>Environment</c> name it: the key, plus
/// <c>+option=value</c> for each option when the key is listed more than once.</param>
/// <param name="Type">The environment's component key (<c>environment.type</c>).</param>
/// <param name="Overrides">The <c>--set</c> overrides it stands for: <c>environment.type</c>, then each <c>environment.with</c> option.</param>
public sealed record MatrixEnvironment(string Name, string Type, IReadOnlyList<SettingOverride> Overrides);
