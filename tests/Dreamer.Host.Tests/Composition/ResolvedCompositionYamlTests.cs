using Dreamer.Abstractions.Components;
using Dreamer.Abstractions.Environments;
using Dreamer.Host.Composition;
using Dreamer.Host.Tests.Composition.Fixtures;
using Dreamer.Host.Wiring;

namespace Dreamer.Host.Tests.Composition;

/// <summary>resolved.yaml holds every key explicitly and loads back to the same composition.</summary>
public sealed class ResolvedCompositionYamlTests
{
    [Theory]
    [InlineData("Valid/numbers.yaml", new string[0])]
    [InlineData("Valid/layered.yaml", new[] { "training.name='a \"quoted\", odd: name'", "kl.with.alpha=0.1234567890123" })]
    [InlineData("Valid/minimal.yaml", new[] { "training.grad_heads=[]", "training.name=null" })]
    [InlineData("Valid/minimal.yaml", new[] { "training.grad_heads=['', '~', true]", "training.name='null'" })]
    public void WrittenYamlLoadsBackToTheSameValues(string file, string[] overrides)
    {
        var original = CompositionTestSetup.Load(file, overrides);
        var path = Path.Combine(Path.GetTempPath(), $"resolved-{Guid.NewGuid():N}.yaml");
        try
        {
            ResolvedCompositionYaml.Save(original, path);
            var reloaded = CompositionTestSetup.Loader.Load(path);

            Assert.Equal(original.Values.Select(value => (value.Path, value.Text)), reloaded.Values.Select(value => (value.Path, value.Text)));
            Assert.DoesNotContain(reloaded.Values, value => value.Source == ValueSource.Default);
            Assert.Equal(original.Component(ComponentSlot.Kl)!.Options, reloaded.Component(ComponentSlot.Kl)!.Options);
            Assert.Equal(original.Section<TestWorldModelOptions>(), reloaded.Section<TestWorldModelOptions>());
            Assert.Equal(original.Section<TestTrainingOptions>().Name, reloaded.Section<TestTrainingOptions>().Name);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void WritesSlotsThenSectionsWithEveryKey()
    {
        var yaml = ResolvedCompositionYaml.Write(CompositionTestSetup.Load("Valid/minimal.yaml"));

        Assert.StartsWith("latent:\n  type: latent.test\n  with:\n    variables: 32\n", yaml.ReplaceLineEndings("\n"));
        Assert.Contains("  grad_heads: [decoder, reward]", yaml);
        Assert.Contains("    mix: 0.1", yaml);
    }

    [Fact]
    public void WhatTheRunRecordedFollowsTheCompositionAndLoadingIgnoresIt()
    {
        var original = CompositionTestSetup.Load("Valid/minimal.yaml");
        var record = new EnvironmentRecord(
            new BoxSpace([1, 64, 64], ElementType.UInt8, 0, 255),
            new BoxSpace([2], ElementType.Float32, -1, 1),
            [KeyValuePair.Create("python", "3.11.2"), KeyValuePair.Create("ale-py", "0.10.1")]);
        var path = Path.Combine(Path.GetTempPath(), $"resolved-{Guid.NewGuid():N}.yaml");
        try
        {
            File.WriteAllText(path, ResolvedCompositionYaml.Write(original, record.Leaves()));
            var reloaded = CompositionTestSetup.Loader.Load(path);

            Assert.Contains(
                "recorded:\n  environment:\n    observation:\n      kind: box\n      dtype: uint8\n      shape: [1, 64, 64]\n      low: 0\n      high: 255\n" +
                "    action:\n      kind: box\n      dtype: float32\n      shape: [2]\n      low: -1\n      high: 1\n" +
                "    libraries:\n      python: 3.11.2\n      ale-py: 0.10.1\n",
                File.ReadAllText(path).ReplaceLineEndings("\n"));
            Assert.Equal(original.Values.Select(value => (value.Path, value.Text)), reloaded.Values.Select(value => (value.Path, value.Text)));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
