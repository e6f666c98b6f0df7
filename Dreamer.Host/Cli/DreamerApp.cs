using Spectre.Console;
using Spectre.Console.Cli;

namespace Dreamer.Host.Cli;

/// <summary>The <c>dreamer</c> command line: one command class per verb, registered here.</summary>
public static class DreamerApp
{
    /// <summary>The application with every verb registered.</summary>
    public static CommandApp Create()
    {
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("dreamer");
            config.SetApplicationVersion(typeof(DreamerApp).Assembly.GetName().Version?.ToString() ?? "0");
            config.Settings.Registrar.RegisterInstance(new HostServices());
            config.PropagateExceptions();
            config.Settings.StrictParsing = true;
            config.ValidateExamples();
            config.AddCommand<ValidateCommand>("validate").WithDescription("Check a composition file and print its resolved values.");
            config.AddCommand<ComponentsCommand>("components")
                .WithDescription("List the composition sections and every component (key, slots, assembly, options with defaults) of the built-in and given plugin folders.")
                .WithExample("components", "--json", "--plugins", "./my-plugins");
            config.AddCommand<SummaryCommand>("summary")
                .WithDescription("Build a composition's world model and behavior learner and print their layers and parameter counts.")
                .WithExample("summary", "compositions/atari.yaml", "--set", "environment.with.view=image");
            config.AddBranch("env", env =>
            {
                env.SetDescription("Work with environments directly.");
                env.AddCommand<EnvRolloutCommand>("rollout")
                    .WithDescription("Play episodes of an environment with a random policy; print return, length and steps/s; optionally save a GIF.")
                    .WithExample("env", "rollout", "minatar.breakout", "--episodes", "20", "--set", "with.view=image", "--gif", "breakout.gif");
                env.AddCommand<EnvCheckCommand>("check")
                    .WithDescription("Run an environment through the conformance checks of its contract; print one line per problem; exit 1 when one fails.")
                    .WithExample("env", "check", "minatar.freeway", "--steps", "3000", "--set", "with.view=image");
            });
            config.AddCommand<TrainCommand>("train")
                .WithDescription("Train a composition (default: compositions/default.yaml, MinAtar Breakout on the CPU) into a run folder.")
                .WithExample("train")
                .WithExample("train", "compositions/atari.yaml", "--device", "cuda", "--set", "training.seed=1");
            config.AddCommand<ResumeCommand>("resume")
                .WithDescription("Continue a run from its last checkpoint; with a composition file, report every difference first.")
                .WithExample("resume", "runs/20261125-120000-minatar-breakout");
            config.AddCommand<EvalCommand>("eval")
                .WithDescription("Play greedy episodes with a run's last checkpoint; print the return and optionally save GIFs.")
                .WithExample("eval", "runs/20261125-120000-minatar-breakout", "--episodes", "20", "--gif", "eval-gifs");
            config.AddCommand<OpenLoopCommand>("openloop")
                .WithDescription("Count what a run's world model draws right and wrong of each grid channel, observed and imagined open loop.")
                .WithExample("openloop", "runs/minatar/env=space-invaders/seed=0", "--step", "100000");
            MatrixBranch.Add(config);
        });
        return app;
    }

    /// <summary>
    /// Runs <paramref name="app"/> with <paramref name="args"/>; a command line the app cannot parse (an unknown command
    /// or option, a missing argument, a value of the wrong type) and settings that fail validation are refused on
    /// <paramref name="console"/> with one line and the command's usage, as is a branch named without a command
    /// (<c>dreamer env</c>); bad input that escapes a command (a missing file or folder, a file that does not parse) and
    /// a file or folder that cannot be written or read (a full or read-only disk, a path through a regular file;
    /// <see cref="StorageFailure"/>) are reported in one line. All exit with code 2, never with a stack trace.
    /// </summary>
    public static int Run(CommandApp app, IAnsiConsole console, string[] args)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length is > 0 and <= 2 && !args.Any(arg => arg.StartsWith('-')) && CommandHelp.Of(args) is { Commands.Count: > 0 } branch)
        {
            CommandFailure.Line(console, $"'dreamer {string.Join(' ', args)}' needs a command");
            console.Profile.Out.Writer.WriteLine(branch.Line);
            return ExitCodes.InvalidInput;
        }
        try
        {
            return app.Run(args);
        }
        catch (CommandAppException exception)
        {
            CommandFailure.Line(console, ConversionError.Describe(exception.Message, args) ?? exception.Message);
            var help = CommandHelp.For(args);
            if (help is not null) console.Profile.Out.Writer.WriteLine(help.Line);
            return ExitCodes.InvalidInput;
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException || CommandFailure.IsBadInput(exception))
        {
            return CommandFailure.Report(console, exception);
        }
        catch (Exception exception) when (StorageFailure.Is(exception))
        {
            return StorageFailure.Report(console.Profile.Out.Writer, exception);
        }
    }
}
