namespace Dreamer.Host.Cli;

/// <summary>Exit codes of the <c>dreamer</c> command.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    public const int Failure = 1;
    public const int InvalidInput = 2;
}
