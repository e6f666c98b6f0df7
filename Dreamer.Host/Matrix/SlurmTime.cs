using System.Globalization;

namespace Dreamer.Host.Matrix;

/// <summary>The time limit formats of Slurm's <c>--time</c>, read into seconds.</summary>
public static class SlurmTime
{
    /// <summary>The accepted forms, for error messages.</summary>
    public const string Forms = "MINUTES, MINUTES:SECONDS, HOURS:MINUTES:SECONDS, DAYS-HOURS, DAYS-HOURS:MINUTES, DAYS-HOURS:MINUTES:SECONDS, UNLIMITED";

    /// <summary>
    /// Reads <paramref name="text"/> as a Slurm time limit: <paramref name="seconds"/> is the limit, or null for
    /// <c>UNLIMITED</c> / <c>INFINITE</c>; false when the text is none of <see cref="Forms"/>.
    /// </summary>
    public static bool TryParse(string text, out long? seconds)
    {
        seconds = null;
        var trimmed = text.Trim();
        if (trimmed.Equals("UNLIMITED", StringComparison.OrdinalIgnoreCase) || trimmed.Equals("INFINITE", StringComparison.OrdinalIgnoreCase)) return true;
        long days = 0;
        var clock = trimmed;
        var dash = trimmed.IndexOf('-', StringComparison.Ordinal);
        if (dash >= 0)
        {
            if (!TryNumber(trimmed[..dash], out days)) return false;
            clock = trimmed[(dash + 1)..];
        }
        var parts = clock.Split(':');
        var numbers = new long[parts.Length];
        for (var i = 0; i < parts.Length; i++)
            if (!TryNumber(parts[i], out numbers[i])) return false;
        long? total = (dash >= 0, numbers.Length) switch
        {
            (false, 1) => numbers[0] * 60,
            (false, 2) => numbers[0] * 60 + numbers[1],
            (false, 3) or (true, 3) => numbers[0] * 3600 + numbers[1] * 60 + numbers[2],
            (true, 1) => numbers[0] * 3600,
            (true, 2) => numbers[0] * 3600 + numbers[1] * 60,
            _ => null,
        };
        if (total is null) return false;
        seconds = days * 86400 + total;
        return true;
    }

    private static bool TryNumber(string text, out long value) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value < 1_000_000;
}
