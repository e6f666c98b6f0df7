using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace Dreamer.Training.Replay;

/// <summary>
/// Reads and writes numpy .npz files (a zip of .npy entries, format version 1.0) so that
/// <c>numpy.load(path)</c> reads what Dreamer stores, and Dreamer reads them back.
/// </summary>
public static partial class NpzFile
{
    private static readonly byte[] Magic = [0x93, (byte)'N', (byte)'U', (byte)'M', (byte)'P', (byte)'Y'];

    /// <summary>Writes <paramref name="arrays"/> to <paramref name="stream"/> as an uncompressed .npz.</summary>
    public static void Write(Stream stream, IEnumerable<KeyValuePair<string, NpyArray>> arrays)
    {
        using var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var (name, array) in arrays)
        {
            var entry = zip.CreateEntry(name + ".npy", CompressionLevel.NoCompression);
            using var entryStream = entry.Open();
            WriteNpy(entryStream, array);
        }
    }

    /// <summary>Reads every array of an .npz file by name (without the .npy suffix).</summary>
    public static IReadOnlyDictionary<string, NpyArray> Read(Stream stream)
    {
        using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        var arrays = new Dictionary<string, NpyArray>(StringComparer.Ordinal);
        foreach (var entry in zip.Entries)
        {
            using var entryStream = entry.Open();
            using var buffer = new MemoryStream();
            entryStream.CopyTo(buffer);
            var name = entry.FullName.EndsWith(".npy", StringComparison.Ordinal) ? entry.FullName[..^4] : entry.FullName;
            arrays[name] = ReadNpy(buffer.ToArray());
        }
        return arrays;
    }

    /// <summary>The .npy header text for <paramref name="array"/>, padded so the data starts on a 64-byte boundary.</summary>
    public static string Header(NpyArray array)
    {
        var shape = array.Shape.Count == 1
            ? $"({array.Shape[0]},)"
            : "(" + string.Join(", ", array.Shape.Select(d => d.ToString(CultureInfo.InvariantCulture))) + ")";
        var header = $"{{'descr': '{array.Descriptor}', 'fortran_order': False, 'shape': {shape}, }}";
        var unpadded = Magic.Length + 2 + 2 + header.Length + 1;
        var padding = (64 - unpadded % 64) % 64;
        return header + new string(' ', padding) + "\n";
    }

    private static void WriteNpy(Stream stream, NpyArray array)
    {
        var header = Encoding.ASCII.GetBytes(Header(array));
        stream.Write(Magic);
        stream.WriteByte(1);
        stream.WriteByte(0);
        stream.WriteByte((byte)(header.Length & 0xff));
        stream.WriteByte((byte)(header.Length >> 8));
        stream.Write(header);
        stream.Write(array.Data);
    }

    private static NpyArray ReadNpy(byte[] bytes)
    {
        if (bytes.Length < 10 || !bytes.AsSpan(0, Magic.Length).SequenceEqual(Magic))
            throw new InvalidDataException("not a .npy array (bad magic).");
        var major = bytes[6];
        int headerLength, offset;
        if (major == 1)
        {
            headerLength = bytes[8] | (bytes[9] << 8);
            offset = 10;
        }
        else
        {
            headerLength = BitConverter.ToInt32(bytes, 8);
            offset = 12;
        }
        var header = Encoding.ASCII.GetString(bytes, offset, headerLength);
        var match = HeaderPattern().Match(header);
        if (!match.Success) throw new InvalidDataException($"unsupported .npy header: {header.Trim()}");
        if (match.Groups["fortran"].Value == "True") throw new InvalidDataException("Fortran-ordered arrays are not supported.");
        var shape = match.Groups["shape"].Value
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(d => int.Parse(d, CultureInfo.InvariantCulture))
            .ToArray();
        var data = bytes.AsSpan(offset + headerLength).ToArray();
        return new NpyArray(match.Groups["descr"].Value, shape, data);
    }

    [GeneratedRegex(@"'descr':\s*'(?<descr>[^']+)'.*'fortran_order':\s*(?<fortran>True|False).*'shape':\s*\((?<shape>[^)]*)\)", RegexOptions.Singleline)]
    private static partial Regex HeaderPattern();
}
