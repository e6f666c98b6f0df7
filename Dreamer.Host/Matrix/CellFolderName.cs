using System.Security.Cryptography;
using System.Text;

namespace Dreamer.Host.Matrix;

/// <summary>
/// Builds readable, stable folder names from axis labels: <c>latent=gaussian,kl=plain,env=breakout</c>. Characters
/// outside <c>A–Z a–z 0–9 . _ + = , @ -</c> become <c>-</c>; a name longer than 120 characters keeps its first 100
/// and a hash of the whole, so names stay unique and fit every file system.
/// </summary>
public static class CellFolderName
{
    private const int MaxLength = 120;

    /// <summary>The folder name of the pairs <c>name=label</c>, joined by commas; <c>base</c> when there are none.</summary>
    public static string Of(IEnumerable<KeyValuePair<string, string>> pairs)
    {
        var name = string.Join(',', pairs.Select(p => $"{Sanitize(p.Key)}={Sanitize(p.Value)}"));
        if (name.Length == 0) return "base";
        if (name.Length <= MaxLength) return name;
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(name)))[..12];
        return $"{name[..100]}-{hash}";
    }

    /// <summary>Replaces every character a file name should not hold with <c>-</c>; never returns "", "." or "..".</summary>
    public static string Sanitize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text) builder.Append(char.IsAsciiLetterOrDigit(c) || "._+=,@-".Contains(c) ? c : '-');
        var result = builder.ToString();
        return result is "" or "." or ".." ? "-" + result.Replace('.', '-') : result;
    }
}
