namespace Dreamer.Host.Tests.Plugins;

/// <summary>Runs an action with the console's output and error captured; serialised by a lock, since the console is global.</summary>
internal static class ConsoleCapture
{
    private static readonly Lock Gate = new();

    public static (int ExitCode, string Out, string Error) Run(Func<int> action)
    {
        lock (Gate)
        {
            var (previousOut, previousError) = (Console.Out, Console.Error);
            using var output = new StringWriter();
            using var error = new StringWriter();
            Console.SetOut(output);
            Console.SetError(error);
            try
            {
                var exitCode = action();
                return (exitCode, output.ToString(), error.ToString());
            }
            finally
            {
                Console.SetOut(previousOut);
                Console.SetError(previousError);
            }
        }
    }
}
