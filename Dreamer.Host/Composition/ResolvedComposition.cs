namespace Dreamer.Host.Composition;

/// <summary>
/// A composition after layering, overrides, binding and validation: the component per slot, the bound option
/// sections, and every leaf value with its source, in a stable order (slots, then sections).
/// </summary>
public sealed class ResolvedComposition
{
    private readonly IReadOnlyDictionary<Type, object> sections;

    internal ResolvedComposition(
        IReadOnlyList<ComponentChoice> components, IReadOnlyDictionary<Type, object> sections, IReadOnlyList<ResolvedValue> values, IReadOnlyList<DroppedOption> dropped)
    {
        Components = components;
        this.sections = sections;
        Values = values;
        Dropped = dropped;
    }

    /// <summary>The filled slots in slot order.</summary>
    public IReadOnlyList<ComponentChoice> Components { get; }

    /// <summary>Every resolved leaf: <c>kl.type</c>, <c>kl.with.alpha</c>, <c>training.batch</c>, … with its value and source.</summary>
    public IReadOnlyList<ResolvedValue> Values { get; }

    /// <summary>
    /// The options earlier layers gave a slot whose component a later layer replaced, which the new component does not
    /// take (docs/composition.md, "Swapping a component"), in slot order.
    /// </summary>
    public IReadOnlyList<DroppedOption> Dropped { get; }

    /// <summary>The component in <paramref name="slot"/>, or null when the slot is empty.</summary>
    public ComponentChoice? Component(string slot) => Components.FirstOrDefault(choice => choice.Slot == slot);

    /// <summary>The bound record of the section registered with <typeparamref name="T"/>.</summary>
    public T Section<T>() where T : class =>
        sections.TryGetValue(typeof(T), out var section)
            ? (T)section
            : throw new KeyNotFoundException($"No composition section is bound to {typeof(T).Name}; register it in {nameof(CompositionSections)}.");
}
