using System.Text.RegularExpressions;

namespace Dreamer.Training.Native;

/// <summary>
/// The PyTorch version of a libtorch folder that is a PyTorch install's <c>torch/lib</c>, read from the
/// <c>__version__</c> line of <c>torch/version.py</c> beside it. TorchSharp 0.107.0 needs libtorch
/// <see cref="Minimum"/> or newer: an older one (such as Debian 12's PyTorch 1.13) crashes the process on first use.
/// </summary>
public static partial class PyTorchVersion
{
    /// <summary>The oldest libtorch TorchSharp 0.107.0 runs with.</summary>
    public static readonly Version Minimum = new(2, 10);

    /// <summary>The version text and its major.minor, or null when the folder has no readable <c>../version.py</c>.</summary>
    public static (string Text, Version Version)? Read(string libFolder)
    {
        var file = Path.Combine(libFolder, "..", "version.py");
        if (!File.Exists(file)) return null;
        foreach (var line in File.ReadLines(file))
        {
            var match = VersionLine().Match(line);
            if (match.Success)
            {
                return (match.Groups["text"].Value,
                    new Version(int.Parse(match.Groups["major"].Value, System.Globalization.CultureInfo.InvariantCulture),
                                int.Parse(match.Groups["minor"].Value, System.Globalization.CultureInfo.InvariantCulture)));
            }
        }
        return null;
    }

    [GeneratedRegex(@"^__version__\s*=\s*['""](?<text>(?<major>\d+)\.(?<minor>\d+)[^'""]*)['""]")]
    private static partial Regex VersionLine();
}
