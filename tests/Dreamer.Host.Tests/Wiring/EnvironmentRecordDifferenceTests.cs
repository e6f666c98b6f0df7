using Dreamer.Abstractions.Environments;
using Dreamer.Host.Composition;
using Dreamer.Host.Tests.Composition.Fixtures;
using Dreamer.Host.Wiring;

namespace Dreamer.Host.Tests.Wiring;

/// <summary>A resume compares the environment it builds with the one the run recorded in resolved.yaml.</summary>
public sealed class EnvironmentRecordDifferenceTests
{
    private static readonly EnvironmentRecord Recorded = new(
        new BoxSpace([3], ElementType.Float32, double.NegativeInfinity, double.PositiveInfinity),
        new DiscreteSpace(4),
        [KeyValuePair.Create("python", "3.11.2"), KeyValuePair.Create("gymnasium", "0.29.1")]);

    private static string Yaml(EnvironmentRecord? record) =>
        ResolvedCompositionYaml.Write(CompositionTestSetup.Load("Valid/minimal.yaml"), record?.Leaves());

    [Fact]
    public void TheSameEnvironmentHasNoDifference() =>
        Assert.Empty(EnvironmentRecordDifference.Between(Yaml(Recorded), Recorded with { }));

    [Fact]
    public void EachChangedSpaceOrLibraryIsOneLine()
    {
        var now = Recorded with
        {
            Action = new DiscreteSpace(6),
            Libraries = [KeyValuePair.Create("python", "3.11.2"), KeyValuePair.Create("gymnasium", "1.0.0"), KeyValuePair.Create("ale_py", "0.10.1")],
        };

        Assert.Equal(
            [
                "recorded.environment.action.count: 4 → 6",
                "recorded.environment.libraries.gymnasium: 0.29.1 → 1.0.0",
                "recorded.environment.libraries.ale_py: (none) → 0.10.1",
            ],
            EnvironmentRecordDifference.Between(Yaml(Recorded), now));
    }

    [Fact]
    public void AnObservationOfAnotherKindIsNamedFieldByField() =>
        Assert.Equal(
            [
                "recorded.environment.observation.dtype: float32 → uint8",
                "recorded.environment.observation.shape: [3] → [1, 64, 64]",
                "recorded.environment.observation.low: -Infinity → 0",
                "recorded.environment.observation.high: Infinity → 255",
            ],
            EnvironmentRecordDifference.Between(Yaml(Recorded), Recorded with { Observation = new BoxSpace([1, 64, 64], ElementType.UInt8, 0, 255) }));

    [Fact]
    public void ARunThatRecordedNothingIsNotCompared() =>
        Assert.Empty(EnvironmentRecordDifference.Between(Yaml(null), Recorded));

    [Fact]
    public void UnreadableYamlIsNotCompared() =>
        Assert.Empty(EnvironmentRecordDifference.Between("recorded: [unclosed", Recorded));
}
