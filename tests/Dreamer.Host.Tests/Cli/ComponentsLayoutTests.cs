using Dreamer.Host.Cli;
using Dreamer.Tests.Support;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dreamer.Host.Tests.Cli;

/// <summary><c>dreamer components</c> as text: blocks that fit an 80-column terminal, nothing cut short, no escape codes in a pipe.</summary>
public sealed class ComponentsLayoutTests
{
    [Fact]
    public void AtEightyColumnsNoLineIsWiderAndNothingIsCutShort()
    {
        var (code, output) = Run(new AnsiConsoleSettings { Ansi = AnsiSupport.No }, width: 80);

        Assert.Equal(0, code);
        Assert.All(output.Split('\n'), line => Assert.True(line.Length <= 80, $"{line.Length} columns: {line}"));
        Assert.DoesNotContain("…", output);
        Assert.DoesNotContain("│", output);
    }

    [Theory]
    [InlineData("world_model (section)\n  hidden: 600\n      int, 1 to 65536. Width Hd of the RSSM's img_in, img_out and obs_out layers\n      (rssm.hidden).\n")]
    [InlineData("\ntraining (section)\n  steps: 50000000\n      long, at least 1. Total agent steps of the run.\n")]
    [InlineData("\nreplay (section)\n")]
    [InlineData("\nplugins (section)\n  folders: []\n")]
    [InlineData("\nbehavior.actor-critic (slot behavior; assembly Dreamer.Plugins.Behavior)\n  DreamerV2 actor-critic in imagination:")]
    [InlineData("\n  actor: { layers: 4, units: 400, min_std: 0.1 }\n      map. Actor network.\n")]
    [InlineData("\n  actor_optimizer: { lr: 4E-05, eps: 1E-05, clip: 100, wd: 1E-06 }\n")]
    [InlineData("\n  kernels: [4, 4, 4, 4]\n      list of int, 1 to 64. Kernel size of each valid convolution; one entry per\n      layer.\n")]
    [InlineData("\n  view: grid\n      grid | image. Observation view:")]
    [InlineData("\nactor-gradient.dynamics (slot actor_gradient; assembly Dreamer.Plugins.Behavior)\n  Straight-through / reparameterized gradient of the lambda-return through the\n  world model (rho = 0, DMC).\n  no options\n")]
    public void EachSectionAndComponentIsABlockOfOptionsWithYamlDefaults(string expected)
    {
        var (_, output) = Run(new AnsiConsoleSettings { Ansi = AnsiSupport.No }, width: 80);

        Assert.Contains(expected, output);
    }

    [Theory]
    [InlineData(AnsiSupport.Detect)]
    [InlineData(AnsiSupport.Yes)]
    public void TheTextHasNoEscapeCodesWhenRedirected(AnsiSupport ansi)
    {
        var (code, output) = Run(new AnsiConsoleSettings { Ansi = ansi }, width: 80);

        Assert.Equal(0, code);
        Assert.Contains("kl.balanced (slot kl; assembly Dreamer.Plugins.Kl)", output);
        Assert.DoesNotContain('\u001b', output);
    }

    [Fact]
    public void TheBlockThatWritingAComponentShowsIsTheOutput()
    {
        var (_, output) = Run(new AnsiConsoleSettings { Ansi = AnsiSupport.No }, width: 80);
        var document = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs", "writing-a-component.md")).ReplaceLineEndings("\n");

        var start = output.IndexOf("\nkl.balanced ", StringComparison.Ordinal) + 1;
        var block = output[start..output.IndexOf("\n\n", start, StringComparison.Ordinal)];
        Assert.Contains($"```\n{block}\n```", document);
    }

    [Fact]
    public void AWiderConsoleWrapsLess()
    {
        var (_, output) = Run(new AnsiConsoleSettings { Ansi = AnsiSupport.No }, width: 200);

        Assert.Contains("\n      int, 1 to 65536. Width Hd of the RSSM's img_in, img_out and obs_out layers (rssm.hidden).\n", output);
    }

    private static (int ExitCode, string Output) Run(AnsiConsoleSettings settings, int width)
    {
        var writer = new StringWriter();
        settings.Out = new AnsiConsoleOutput(writer);
        var console = AnsiConsole.Create(settings);
        console.Profile.Width = width;
        var app = DreamerApp.Create();
        app.Configure(config => config.ConfigureConsole(console));
        return (DreamerApp.Run(app, console, ["components"]), writer.ToString().ReplaceLineEndings("\n"));
    }
}
