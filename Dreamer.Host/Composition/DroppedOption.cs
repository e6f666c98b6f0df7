namespace Dreamer.Host.Composition;

/// <summary>
/// An option an earlier layer gave a slot that did not carry over when a later layer changed the slot's component
/// (docs/composition.md, "Swapping a component"): the new component has no option of that name, or one of another type.
/// </summary>
/// <param name="Path">The option's key path, e.g. <c>latent.with.variables</c>.</param>
/// <param name="Value">The value as written.</param>
/// <param name="Source">Where the value was written.</param>
/// <param name="From">The component the option was given to.</param>
/// <param name="To">The component that replaced it.</param>
/// <param name="Reason">Why it did not carry over, e.g. <c>latent.gaussian has no option variables</c>.</param>
public sealed record DroppedOption(string Path, string Value, ValueSource Source, string From, string To, string Reason)
{
    public override string ToString() => $"{Path}: {Value} ({Source}) dropped: {Reason}";
}
