using System.Text.Json.Nodes;
using Dreamer.Host.Cli;
using Dreamer.Host.Composition;
using Dreamer.Host.Plugins;
using Dreamer.Host.Wiring;

namespace Dreamer.Host.Tests.Plugins;

public sealed class ComponentListingTests
{
    private const string CounterJson =
        """
        {
          "key": "test.counter",
          "summary": "Counts steps; an episode ends after length steps.",
          "assembly": "Dreamer.TestPlugins.Good",
          "slots": [
            "environment"
          ],
          "options": [
            {
              "name": "length",
              "type": "int",
              "default": 10,
              "description": "Steps per episode.",
              "range": {
                "min": 1,
                "max": 1000
              }
            },
            {
              "name": "step_reward",
              "type": "float",
              "default": 0.5,
              "description": "Reward of each step.",
              "range": null
            }
          ]
        }
        """;

    [Fact]
    public void ListsEachComponentWithItsOptionsAsJson()
    {
        var catalog = PluginCatalog.Load([TestPlugin.Folder(TestPlugin.Good)]);

        var listing = JsonNode.Parse(ComponentListing.ToJson(catalog, CompositionSections.Empty))!["components"]!.AsArray();

        Assert.Equal(2, listing.Count);
        Assert.Equal(CounterJson, listing[0]!.ToJsonString(new() { WriteIndented = true }));
        Assert.Equal("[]", listing[1]!["options"]!.ToJsonString());
    }

    [Fact]
    public void TheComponentsCommandPrintsTheJsonOfTheGivenPluginFolders()
    {
        var output = ConsoleCapture.Run(() =>
            DreamerApp.Create().Run(["components", "--json", "--plugins", TestPlugin.Folder(TestPlugin.Good)]));

        Assert.Equal(0, output.ExitCode);
        var listing = JsonNode.Parse(output.Out)!["components"]!.AsArray();
        var counter = listing.Single(component => (string?)component!["key"] == "test.counter");
        Assert.Equal(CounterJson, counter!.ToJsonString(new() { WriteIndented = true }));
    }

    [Fact]
    public void TheJsonListsTheHostSectionsWithTheirOptions()
    {
        var listing = JsonNode.Parse(ComponentListing.ToJson(new HostServices().Catalog([]), HostSections.All))!;

        var sections = listing["sections"]!.AsArray();
        Assert.Equal(["world_model", "training", "replay", "plugins"], sections.Select(section => (string)section!["name"]!));
        var steps = sections[1]!["options"]!.AsArray().Single(option => (string?)option!["name"] == "steps")!;
        Assert.Equal("""{"name":"steps","type":"long","default":50000000,"description":"Total agent steps of the run.","range":{"min":1,"max":9.223372036854776E+18}}""", steps.ToJsonString());
    }

    [Theory]
    [InlineData("behavior.actor-critic", "actor", "map", """{"layers":4,"units":400,"min_std":0.1}""")]
    [InlineData("behavior.actor-critic", "actor_entropy", "schedule", "0.001")]
    [InlineData("encoder.conv", "kernels", "list of int", "[4,4,4,4]")]
    [InlineData("minatar.breakout", "view", "grid | image", "\"grid\"")]
    [InlineData("latent.gaussian", "std_activation", "sigmoid2 | softplus", "\"sigmoid2\"")]
    public void TheJsonGivesDefaultsAsJsonValuesWithSnakeCaseKeys(string key, string option, string type, string json)
    {
        var listing = JsonNode.Parse(ComponentListing.ToJson(new HostServices().Catalog([]), HostSections.All))!;

        var component = listing["components"]!.AsArray().Single(entry => (string?)entry!["key"] == key)!;
        var described = component["options"]!.AsArray().Single(entry => (string?)entry!["name"] == option)!;
        Assert.Equal(type, (string?)described["type"]);
        Assert.Equal(json, described["default"]!.ToJsonString());
    }

    [Fact]
    public void TheComponentsCommandReportsRefusedPlugins()
    {
        var output = ConsoleCapture.Run(() =>
            DreamerApp.Create().Run(["components", "--plugins", TestPlugin.Folder(TestPlugin.OldContracts)]));

        Assert.Equal(ExitCodes.InvalidInput, output.ExitCode);
        Assert.Contains("was built against Dreamer.Abstractions 0.9.0; this host has 1.0.0.", output.Error);
    }
}
