using Dreamer.Abstractions.Environments;
using Dreamer.Environments.Conformance;
using Dreamer.Host.Composition;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dreamer.Host.Cli;

/// <summary>
/// <c>dreamer env check KEY [--steps N] [--seed S] [--set with.path=value]... [--plugins DIR]...</c>: runs any
/// environment component of the catalog through <see cref="EnvironmentCheck"/> and prints its spaces, one
/// <c>fail:</c> line per problem, one <c>warning:</c> line per warning and a summary. Exits 0 when every check passes
/// (warnings included), 1 when one fails; bad input (unknown key, a key that is not an environment, a bad option, a
/// plugin that does not load, an environment that cannot be built) prints one error per line and exits 2.
/// </summary>
public sealed class EnvCheckCommand(HostServices services, IAnsiConsole console) : Command<EnvCheckSettings>
{
    public override int Execute(CommandContext context, EnvCheckSettings settings, CancellationToken cancellationToken)
    {
        var component = EnvironmentComponent.Find(services.Catalog(settings.Plugins), settings.Key, out var problem);
        if (component is null)
        {
            CommandFailure.Line(console, problem);
            return ExitCodes.InvalidInput;
        }
        var options = ComponentOptionsOverrides.Bind(component, settings.Set);
        var factory = services.Factory();
        var result = EnvironmentCheck.Run(environmentContext => factory.Create<IEnvironment>(component, options, environmentContext), settings.Steps, settings.Seed);
        var output = console.Profile.Out.Writer;
        output.WriteLine($"{component.Key}: observation {result.ObservationSpace}, action {result.ActionSpace}, seed {settings.Seed}, {settings.Steps} steps a run");
        foreach (var failure in result.Failures) Line("[red]fail:[/] ", failure);
        foreach (var warning in result.Warnings) Line("[yellow]warning:[/] ", warning);
        var played = $"{result.Steps} steps, {result.Episodes} episode{(result.Episodes == 1 ? "" : "s")}";
        if (!result.Passed)
        {
            output.WriteLine($"failed: {result.Failures.Count} {(result.Failures.Count == 1 ? "problem" : "problems")} in {played}");
            return ExitCodes.Failure;
        }
        output.WriteLine($"passed: {played}; checked {EnvironmentCheck.Checks}");
        return ExitCodes.Success;
    }

    private void Line(string label, string text)
    {
        console.Markup(label);
        console.Profile.Out.Writer.WriteLine(text);
    }
}
