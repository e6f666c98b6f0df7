using Spectre.Console.Cli;

namespace Dreamer.Host.Cli;

/// <summary>The <c>dreamer</c> command line: one command class per verb, registered here.</summary>
public static class DreamerApp
{
    public static CommandApp Create()
    {
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("dreamer");
            config.SetApplicationVersion(typeof(DreamerApp).Assembly.GetName().Version?.ToString() ?? "0");
            config.PropagateExceptions();
            config.ValidateExamples();
            MatrixBranch.Add(config);
        });
        return app;
    }
}
