using Dreamer.Abstractions.Components;
using Dreamer.Host.Plugins;

namespace Dreamer.Host.Composition;

/// <summary>
/// Binds one component's options outside a composition file: its defaults with <c>--set with.path=value</c>
/// overrides applied in order, checked by the same binder as composition files (unknown keys, types, ranges).
/// </summary>
public static class ComponentOptionsOverrides
{
    /// <summary>
    /// The options record of <paramref name="component"/> with <paramref name="overrides"/> (<c>with.view=image</c>)
    /// applied; throws <see cref="CompositionException"/> listing every error.
    /// </summary>
    public static IComponentOptions Bind(ComponentDescriptor component, IEnumerable<string> overrides)
    {
        ArgumentNullException.ThrowIfNull(component);
        var errors = new List<CompositionError>();
        var root = new CompositionMap([], ValueSource.Override);
        foreach (var assignment in overrides)
        {
            var layer = CompositionOverride.Parse(assignment, CompositionLimits.Default, errors);
            if (layer is not null) root = CompositionMerge.Merge(root, layer, new HashSet<string>());
        }
        foreach (var entry in root.Entries.Where(entry => entry.Key != CompositionKeys.With))
            errors.Add(CompositionError.At(entry.KeySource, entry.Key, $"unknown key; allowed: {CompositionKeys.With}.<option>"));

        var binder = new OptionsBinder(errors);
        var with = binder.AsMap(root.Find(CompositionKeys.With)?.Value, CompositionKeys.With, OptionProperties.KeysText(component.OptionsType));
        var bound = binder.Bind(component.OptionsType, with, CompositionKeys.With, []);
        if (errors.Count > 0) throw new CompositionException(errors);
        return bound as IComponentOptions
            ?? throw new CompositionException([new CompositionError(ValueSource.Override.Text, CompositionKeys.With,
                $"{component.Key} takes {component.OptionsType.Name}, which does not implement {nameof(IComponentOptions)}")]);
    }
}
