using Spectre.Console;

namespace Dreamer.Host.Cli;

/// <summary>The <c>--threads N</c> option of <c>train</c>, <c>resume</c> and <c>eval</c>: at least 1 when given.</summary>
public static class ThreadOption
{
    /// <summary>Refuses a thread count below 1.</summary>
    public static ValidationResult Validate(int? threads) => threads is < 1
        ? ValidationResult.Error($"--threads {threads}: a thread count is at least 1")
        : ValidationResult.Success();
}
