using System.Text.Json.Nodes;
using Dreamer.Host.Cli;
using Dreamer.Host.Plugins;

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

        var listing = JsonNode.Parse(ComponentListing.ToJson(catalog))!.AsArray();

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
        var listing = JsonNode.Parse(output.Out)!.AsArray();
        var counter = listing.Single(component => (string?)component!["key"] == "test.counter");
        Assert.Equal(CounterJson, counter!.ToJsonString(new() { WriteIndented = true }));
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
