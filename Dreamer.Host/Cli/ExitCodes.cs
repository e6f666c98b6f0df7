namespace Dreamer.Host.Cli;

/// <summary>Exit codes of the <c>dreamer</c> command.</summary>
public static class ExitCodes
{
    /// <summary>The command did what it was asked (a stopped training run included: it can be resumed).</summary>
    public const int Success = 0;

    /// <summary>
    /// Training failed at run time in a way no input change fixes by itself (a loss that stopped being finite), or
    /// <c>dreamer env check</c> found an environment breaking its contract.
    /// </summary>
    public const int Failure = 1;

    /// <summary>
    /// The user must fix something outside the run and try again: a bad command line, composition, plugin or file, and a
    /// disk that is full, read-only or otherwise cannot be written (the run folder then resumes once it can).
    /// </summary>
    public const int InvalidInput = 2;
}
