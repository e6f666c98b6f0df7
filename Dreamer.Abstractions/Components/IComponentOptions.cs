namespace Dreamer.Abstractions.Components;

/// <summary>
/// Marker for the immutable options record of a component. Properties are bound from the slot's
/// <c>with:</c> map by snake_case name (<c>free_avg</c> binds <c>FreeAvg</c>); defaults are the record's
/// property initializers; ranges are declared with <see cref="System.ComponentModel.DataAnnotations.RangeAttribute"/>
/// and checked before anything is built. Describe each property with <see cref="System.ComponentModel.DescriptionAttribute"/>.
/// </summary>
public interface IComponentOptions;
