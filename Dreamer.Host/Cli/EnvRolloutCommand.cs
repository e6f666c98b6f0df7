using System.Globalization;
using System.Text.Json.Nodes;
using Dreamer.Abstractions.Environments;
using Dreamer.Environments.Conformance;
using Dreamer.Environments.Rollout;
using Dreamer.Environments.Wrappers;
using Dreamer.Host.Composition;
using Dreamer.Host.Plugins;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dreamer.Host.Cli;

/// <summary>
/// <c>dreamer env rollout KEY [--policy random] [--episodes N] [--seed S] [--action-repeat N] [--json FILE] [--gif FILE] [--set with.path=value]...
/// [--plugins DIR]...</c>: plays episodes of any environment component of the catalog and prints the mean return ±
/// standard error, the episode lengths and the steps per second; optionally saves one episode as a GIF.
/// Bad input (unknown key, a key that is not an environment, a bad option or policy) prints one error per line and
/// exits 2.
/// </summary>
public sealed class EnvRolloutCommand(HostServices services, IAnsiConsole console) : Command<EnvRolloutSettings>
{
    private const int GifSide = 256;

    public override int Execute(CommandContext context, EnvRolloutSettings settings, CancellationToken cancellationToken)
    {
        var output = console.Profile.Out.Writer;
        try
        {
            if (!EnvRolloutSettings.Policies.Contains(settings.Policy))
                return Fail($"unknown policy '{settings.Policy}'; allowed: {string.Join(", ", EnvRolloutSettings.Policies)}");
            var component = EnvironmentComponent.Find(services.Catalog(settings.Plugins), settings.Key, out var problem);
            if (component is null)
                return Fail(problem);

            var options = ComponentOptionsOverrides.Bind(component, settings.Set);
            var factory = services.Factory();
            RolloutSummary summary;
            using (var environment = Repeated(factory.Create<IEnvironment>(component, options, new EnvironmentContext(settings.Seed)), settings.ActionRepeat))
            {
                if (settings.Gif is not null && !IsImage(environment.ObservationSpace))
                    return Fail($"--gif needs uint8 [C, H, W] observations; {component.Key} has {environment.ObservationSpace}");
                output.WriteLine($"{component.Key}: observation {environment.ObservationSpace}, action {environment.ActionSpace}, policy {settings.Policy}, seed {settings.Seed}{(settings.ActionRepeat > 1 ? $", action repeat {settings.ActionRepeat}" : "")}");
                summary = Play(environment, settings);
            }
            output.WriteLine($"{component.Key}  {summary.Format()}");
            if (settings.Json is not null)
            {
                RolloutResultFile.Write(settings.Json, new Dictionary<string, JsonNode?>
                {
                    ["policy"] = settings.Policy,
                    ["environment"] = component.Key,
                    ["options"] = new JsonArray(settings.Set.Select(value => (JsonNode?)value).ToArray()),
                    ["action_repeat"] = settings.ActionRepeat,
                    ["seed"] = settings.Seed,
                }, summary);
                output.WriteLine($"wrote {settings.Json}");
            }
            if (settings.Gif is not null)
            {
                using var environment = factory.Create<IEnvironment>(component, options, new EnvironmentContext(settings.Seed));
                var image = (BoxSpace)environment.ObservationSpace;
                var renderer = new FrameRenderer(image, Math.Max(1, GifSide / Math.Max(image.Shape[1], image.Shape[2])));
                var episode = EpisodeRecorder.Record(environment, renderer, settings.Seed);
                episode.SaveGif(settings.Gif);
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"wrote {settings.Gif}: {episode.Frames.Count} frames of {renderer.Width}x{renderer.Height}, return {episode.Return}, length {episode.Length}"));
            }
            return ExitCodes.Success;
        }
        catch (CompositionException exception)
        {
            foreach (var error in exception.Errors)
                output.WriteLine(error.ToString());
            return ExitCodes.InvalidInput;
        }
        catch (Exception exception) when (exception is PluginLoadException or ComponentConstructionException)
        {
            return Fail(exception.Message);
        }
        catch (EnvironmentContractException exception)
        {
            return Fail($"{settings.Key}: {exception.Message}; `dreamer env check {settings.Key}` runs every check of the environment contract");
        }
    }

    private static IEnvironment Repeated(IEnvironment environment, int repeat) =>
        repeat > 1 ? new ActionRepeat(environment, repeat) : environment;

    private static bool IsImage(Space space) => space is BoxSpace { IsImage: true, ElementType: ElementType.UInt8 };

    private RolloutSummary Play(IEnvironment environment, EnvRolloutSettings settings)
    {
        RolloutSummary? summary = null;
        console.Progress().Start(progress =>
        {
            var task = progress.AddTask("episodes", maxValue: settings.Episodes);
            summary = RolloutRunner.Run(environment, settings.Episodes, settings.Seed, finished => task.Value = finished);
        });
        return summary!;
    }

    private int Fail(string message)
    {
        console.Profile.Out.Writer.WriteLine($"error: {message}");
        return ExitCodes.InvalidInput;
    }
}
