using Dreamer.Host.Composition;
using Dreamer.Host.Tests.Composition.Fixtures;

namespace Dreamer.Host.Tests.Composition;

/// <summary>Each malformed composition (or override) is rejected with exactly these errors, all at once.</summary>
public sealed class MalformedCompositionTests
{
    private const string M = "Composition/Malformed/";
    private const string Int = "a whole number from -2147483648 to 2147483647";
    private const string Long = "a whole number from -9223372036854775808 to 9223372036854775807";
    private const string TopKeys = "actor_gradient, behavior, decoder, dynamics, encoder, environment, extends, kl, latent, training, world_model";

    public static TheoryData<string, string[], string[]> Cases => new()
    {
        {
            "Malformed/syntax.yaml", [],
            [$"{M}syntax.yaml:2:1: invalid YAML: the text cannot be read here; check brackets and quotes"]
        },
        {
            "Malformed/bad_indent.yaml", [],
            [$"{M}bad_indent.yaml:3:2: invalid YAML: While parsing a block mapping, did not find expected key."]
        },
        {
            "Malformed/not_a_map.yaml", [],
            [$"{M}not_a_map.yaml:1: a list is not a composition; allowed: a map of slots and sections"]
        },
        {
            "Malformed/duplicate_key.yaml", [],
            [$"{M}duplicate_key.yaml:3:1: invalid YAML: Duplicate key latent"]
        },
        {
            "Malformed/unknown_top_key.yaml", [],
            [$"{M}unknown_top_key.yaml:3: trainig: unknown key; allowed: {TopKeys}"]
        },
        {
            "Malformed/unknown_with_key.yaml", [],
            [$"{M}unknown_with_key.yaml:5: kl.with.alhpa: unknown key; allowed: alpha, free, free_avg, scale"]
        },
        {
            "Malformed/unknown_section_key.yaml", [],
            [$"{M}unknown_section_key.yaml:4: training.batch_size: unknown key; allowed: steps, batch, length, device, name, grad_heads"]
        },
        {
            "Malformed/string_for_int.yaml", [],
            [$"{M}string_for_int.yaml:4: training.batch: sixteen is not an integer; allowed: {Int}"]
        },
        {
            "Malformed/float_for_int.yaml", [],
            [$"{M}float_for_int.yaml:4: training.batch: 16.5 is not an integer; allowed: {Int}"]
        },
        {
            "Malformed/out_of_range.yaml", [],
            [$"{M}out_of_range.yaml:5: kl.with.alpha: 1.5 is out of range; allowed: 0 to 1"]
        },
        {
            "Malformed/exclusive_range.yaml", [],
            [$"{M}exclusive_range.yaml:1: latent.with.min_std: 0 is out of range; allowed: 0 to 1, excluding 0"]
        },
        {
            "Malformed/bad_enum.yaml", [],
            [$"{M}bad_enum.yaml:3: training.device: tpu is not a valid choice; allowed: cpu, cuda"]
        },
        {
            "Malformed/bad_schedule.yaml", [],
            [$"{M}bad_schedule.yaml:3: latent.with.mix: linear(1, 0.1) is not a schedule; allowed: a number, or linear(start, end, steps) with steps > 0"]
        },
        {
            "Malformed/list_element.yaml", [],
            [
                $"{M}list_element.yaml:4: latent.with.hidden[1]: abc is not an integer; allowed: {Int}",
                $"{M}list_element.yaml:4: latent.with.hidden[2]: 2.5 is not an integer; allowed: {Int}",
            ]
        },
        {
            "Malformed/nested_record.yaml", [],
            [
                $"{M}nested_record.yaml:4: world_model.model_opt.momentum: unknown key; allowed: lr, eps, clip, wd",
                $"{M}nested_record.yaml:4: world_model.model_opt.lr: 2 is out of range; allowed: 1E-12 to 1",
                $"{M}nested_record.yaml:5: world_model.kl_scale: high is not a number; allowed: a number such as 0.5 or 1e-4",
            ]
        },
        {
            "Malformed/unknown_component.yaml", [],
            [$"{M}unknown_component.yaml:2: kl.type: kl.nope is not a known component; allowed: kl.test"]
        },
        {
            "Malformed/wrong_contract.yaml", [],
            [$"{M}wrong_contract.yaml:2: kl.type: latent.other does not implement IKlScheme, the contract of the kl slot; allowed: kl.test"]
        },
        {
            "Malformed/missing_slot.yaml", [],
            [$"{M}missing_slot.yaml: kl: required slot is missing; allowed: kl.test"]
        },
        {
            "Malformed/slot_not_a_map.yaml", [],
            [$"{M}slot_not_a_map.yaml:1: latent: latent.test is not a map; allowed: a map with keys type, with"]
        },
        {
            "Malformed/missing_type.yaml", [],
            [$"{M}missing_type.yaml:3: kl.type: required key is missing; allowed: kl.test"]
        },
        {
            "Malformed/cycle_a.yaml", [],
            [$"{M}cycle_b.yaml:2: extends: ./cycle_a.yaml forms a cycle: {M}cycle_a.yaml -> {M}cycle_b.yaml -> {M}cycle_a.yaml"]
        },
        {
            "Malformed/missing_extends.yaml", [],
            [
                $"{M}missing_extends.yaml:3: extends: nowhere was not found; looked for Composition/Presets/nowhere.yaml; allowed: base, fast, small",
                $"{M}missing_extends.yaml:4: extends: ../Presets/gone.yaml was not found; looked for Composition/Presets/gone.yaml",
            ]
        },
        {
            "Valid/minimal.yaml", ["nonsense", "latent..with=1", "extends=base", "recorded.environment.action.count=4", "kl.with.alhpa=0.5", "training.batch.size=3"],
            [
                "--set: nonsense is not an override; allowed: path=value, such as kl.with.alpha=0.5",
                "--set: latent..with=1 is not an override; allowed: path=value, such as kl.with.alpha=0.5",
                "--set: extends: presets cannot be set from the command line; allowed: slots and sections",
                "--set: recorded.environment.action.count: the host writes what a run recorded; allowed: slots and sections",
                "--set: kl.with.alhpa: unknown key; allowed: alpha, free, free_avg, scale",
                $"--set: training.batch: a map is not an integer; allowed: {Int}",
            ]
        },
        {
            "Valid/minimal.yaml", ["training.batch=abc", "kl.with.alpha=2", "training.device=[cpu]"],
            [
                "--set: kl.with.alpha: 2 is out of range; allowed: 0 to 1",
                $"--set: training.batch: abc is not an integer; allowed: {Int}",
                "--set: training.device: a list is not a valid choice; allowed: cpu, cuda",
            ]
        },
        {
            "Malformed/several.yaml", [],
            [
                $"{M}several.yaml:11: replay: unknown key; allowed: {TopKeys}",
                $"{M}several.yaml:2: environment.with.sticky: unknown key; allowed: no keys",
                $"{M}several.yaml:6: latent.with.variables: 0 is out of range; allowed: 1 to 1024",
                $"{M}several.yaml:7: latent.with.mode: gumbel is not a valid choice; allowed: straight_through, reinforce",
                $"{M}several.yaml:8: latent.with.hidden: 400 is not a list; allowed: a list such as [a, b], each element {Int}",
                $"{M}several.yaml:9: kl.with.free_avg: yes is not a boolean; allowed: true, false",
                $"{M}several.yaml:9: kl.with.scale: big is not a number; allowed: a number such as 0.5 or 1e-4",
                $"{M}several.yaml:10: training.steps: 1.5 is not an integer; allowed: {Long}",
                $"{M}several.yaml:10: training.batch: 5e10 is not an integer; allowed: {Int}",
            ]
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void ReportsEveryErrorWithFileLineAndAllowedValues(string file, string[] overrides, string[] expected)
    {
        var exception = Assert.Throws<CompositionException>(() => CompositionTestSetup.Load(file, overrides));

        Assert.Equal(string.Join(Environment.NewLine, expected), string.Join(Environment.NewLine, exception.Errors));
    }

    [Fact]
    public void CoversAtLeastFifteenMalformedFiles()
    {
        var files = Directory.GetFiles(CompositionTestSetup.Data("Malformed"), "*.yaml");

        Assert.True(files.Length >= 15, $"{files.Length} malformed files");
    }
}
