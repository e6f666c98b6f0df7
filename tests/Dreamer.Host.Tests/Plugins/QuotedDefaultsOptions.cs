using Dreamer.Abstractions.Schedules;
using Dreamer.Host.Tests.Composition.Fixtures;

namespace Dreamer.Host.Tests.Plugins;

/// <summary>Defaults that a plain YAML scalar would misread, to check that <c>dreamer components</c> quotes them.</summary>
internal sealed record QuotedDefaultsOptions
{
    public string Empty { get; init; } = "";

    public string NullWord { get; init; } = "null";

    public string Punctuated { get; init; } = "cuda:0, [a] {b} #c";

    public string Escaped { get; init; } = "say \"hi\" \\ ";

    public Schedule Ramp { get; init; } = Schedule.Linear(1, 0.5, 100);

    public int? Missing { get; init; }

    public TestDevice Device { get; init; } = TestDevice.Cuda;

    public IReadOnlyList<string> Words { get; init; } = ["x, y", "", "~"];

    public QuotedNestedOptions Nested { get; init; } = new();
}
