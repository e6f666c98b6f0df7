using System.Globalization;
using System.Text;

namespace Dreamer.Host.Composition;

/// <summary>
/// Reads a composition or preset file with a bounded read: at most <see cref="CompositionLimits.MaxFileBytes"/> plus one
/// byte, so a file that is too large, or a device without a length such as <c>/dev/zero</c>, is refused at once.
/// </summary>
internal static class CompositionFileText
{
    /// <summary>The text of <paramref name="fullPath"/> (UTF-8, a byte order mark dropped), or null after adding an error.</summary>
    public static string? Read(string fullPath, string display, CompositionLimits limits, List<CompositionError> errors)
    {
        var buffer = new byte[limits.MaxFileBytes + 1];
        var length = 0;
        try
        {
            using var stream = new FileStream(fullPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1);
            int read;
            while (length < buffer.Length && (read = stream.Read(buffer, length, buffer.Length - length)) > 0) length += read;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            errors.Add(new CompositionError(display, "", $"the file cannot be read: {exception.Message}"));
            return null;
        }
        if (length > limits.MaxFileBytes)
        {
            errors.Add(new CompositionError(display, "", $"the file is larger than {Size(limits.MaxFileBytes)}; allowed: at most {Size(limits.MaxFileBytes)}"));
            return null;
        }
        var text = Encoding.UTF8.GetString(buffer, 0, length);
        return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
    }

    private static string Size(int bytes) => bytes % (1 << 20) == 0
        ? $"{bytes >> 20} MiB ({bytes.ToString("N0", CultureInfo.InvariantCulture)} bytes)"
        : $"{bytes.ToString("N0", CultureInfo.InvariantCulture)} bytes";
}
