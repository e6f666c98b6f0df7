using Dreamer.Host.Cli;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dreamer.Host.Tests.Cli;

/// <summary>Runs the real <c>dreamer</c> command app (real catalog, built-in plugins of the test output) with a captured, plain console.</summary>
internal static class CommandLine
{
    public static (int ExitCode, string Output) Run(params string[] args) => Run(_ => { }, args);

    /// <summary>Runs with extra configuration, such as registered test services.</summary>
    public static (int ExitCode, string Output) Run(Action<IConfigurator> configure, params string[] args)
    {
        var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        console.Profile.Width = 200;
        var app = DreamerApp.Create();
        app.Configure(config =>
        {
            config.ConfigureConsole(console);
            configure(config);
        });
        return (DreamerApp.Run(app, console, args), writer.ToString().ReplaceLineEndings("\n"));
    }
}
