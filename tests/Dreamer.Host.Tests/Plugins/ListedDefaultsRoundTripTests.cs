using System.Text.Json;
using Dreamer.Host.Cli;
using Dreamer.Host.Composition;
using Dreamer.Host.Plugins;
using Dreamer.Host.Tests.Composition.Fixtures;
using Dreamer.Host.Wiring;

namespace Dreamer.Host.Tests.Plugins;

/// <summary>
/// Every default <c>dreamer components</c> prints, written into a composition file under its slot or section, binds
/// through the composition loader to the same value as the options record's own default.
/// </summary>
public sealed class ListedDefaultsRoundTripTests
{
    private const int Unwrapped = 100_000;

    [Fact]
    public void EveryPrintedDefaultOfTheBuiltInComponentsAndTheHostSectionsBindsBackToItself()
    {
        var catalog = new HostServices().Catalog([]);

        var checkedOptions = RoundTrip(catalog, HostSections.All);

        Assert.True(checkedOptions > 100, $"only {checkedOptions} options were checked");
    }

    [Fact]
    public void DefaultsThatPlainYamlWouldMisreadArePrintedSoTheyBindBackToThemselves()
    {
        var sections = CompositionSections.Empty.Add<QuotedDefaultsOptions>("quoted");

        Assert.Equal(9, RoundTrip(new TestCatalog(), sections));
        var listing = ComponentListing.ToText(new TestCatalog(), sections, Unwrapped);
        Assert.Contains("  punctuated: \"cuda:0, [a] {b} #c\"\n", listing.ReplaceLineEndings("\n"));
        Assert.Contains("  nested: { ramp: \"linear(0,1,10)\", braces: \"{ }\", small: 1E-07, weights: [0.1, 1E-05, 3] }\n", listing.ReplaceLineEndings("\n"));
    }

    /// <summary>Checks each option of each component and section of the listing; returns how many it checked.</summary>
    private static int RoundTrip(IComponentCatalog catalog, CompositionSections sections)
    {
        var blocks = Blocks(ComponentListing.ToText(catalog, sections, Unwrapped));
        var loader = new CompositionLoader(new CompositionSchema(catalog, sections, new HashSet<string>()), new CompositionLoaderOptions());
        using var folder = new TemporaryFolder();
        var count = 0;
        foreach (var section in sections.Entries)
        {
            foreach (var option in ComponentOptionsSchema.Describe(section.OptionsType))
            {
                var printed = Printed(blocks, section.Name, option.Name);
                var resolved = Load(loader, folder, $"{section.Name}:\n  {option.Name}: {printed}\n");
                var bound = typeof(ResolvedComposition).GetMethod(nameof(ResolvedComposition.Section))!
                    .MakeGenericMethod(section.OptionsType).Invoke(resolved, null)!;
                AssertBoundFromFile(resolved, $"{section.Name}.{option.Name}", printed);
                AssertSame(option, bound, printed);
                count++;
            }
        }
        foreach (var component in catalog.Components)
        {
            var slot = ComponentListing.Slots(component).First();
            foreach (var option in ComponentOptionsSchema.Describe(component.OptionsType))
            {
                var printed = Printed(blocks, component.Key, option.Name);
                var resolved = Load(loader, folder, $"{slot}:\n  type: {component.Key}\n  with:\n    {option.Name}: {printed}\n");
                AssertBoundFromFile(resolved, $"{slot}.with.{option.Name}", printed);
                AssertSame(option, resolved.Component(slot)!.Options, printed);
                count++;
            }
        }
        return count;
    }

    private static Dictionary<string, string[]> Blocks(string listing) =>
        listing.ReplaceLineEndings("\n").Split("\n\n")
            .Select(block => block.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            .ToDictionary(lines => lines[0].Split(' ')[0], lines => lines);

    private static string Printed(Dictionary<string, string[]> blocks, string heading, string option)
    {
        var prefix = $"  {option}: ";
        var line = Assert.Single(blocks[heading], candidate => candidate.StartsWith(prefix, StringComparison.Ordinal));
        return line[prefix.Length..];
    }

    private static ResolvedComposition Load(CompositionLoader loader, TemporaryFolder folder, string yaml)
    {
        var file = Path.Combine(folder.Path, "composition.yaml");
        File.WriteAllText(file, yaml);
        try
        {
            return loader.Load(file);
        }
        catch (CompositionException exception)
        {
            throw new Xunit.Sdk.XunitException($"{yaml}does not load: {exception.Message}");
        }
    }

    /// <summary>Every leaf under <paramref name="path"/> was read from the file, not left at its default.</summary>
    private static void AssertBoundFromFile(ResolvedComposition resolved, string path, string printed)
    {
        var leaves = resolved.Values.Where(value => value.Path == path || value.Path.StartsWith(path + ".", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(leaves);
        Assert.All(leaves, leaf => Assert.True(leaf.Source != ValueSource.Default, $"{leaf.Path} was not read from '{printed}'"));
    }

    private static void AssertSame(OptionDescriptor option, object bound, string printed)
    {
        var value = bound.GetType().GetProperty(option.PropertyName)!.GetValue(bound);
        Assert.True(
            JsonSerializer.Serialize(option.Default, option.Type) == JsonSerializer.Serialize(value, option.Type),
            $"{option.Name}: '{printed}' binds to {JsonSerializer.Serialize(value, option.Type)}, not the default {JsonSerializer.Serialize(option.Default, option.Type)}");
    }
}
