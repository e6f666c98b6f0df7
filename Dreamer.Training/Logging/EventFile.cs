using System.Buffers.Binary;
using System.Net;
using Google.Protobuf;
using Tensorboard;

namespace Dreamer.Training.Logging;

/// <summary>
/// One TensorBoard event file, <c>events.out.tfevents.UNIXSECONDS.HOSTNAME</c> (a <c>.N</c> suffix when that name is
/// taken): TFRecord records (little-endian uint64 length, masked CRC-32C of the length, the serialized
/// <see cref="Event"/>, masked CRC-32C of it), starting with the <c>brain.Event:2</c> file-version event. Wall times
/// are Unix seconds. Every record is flushed to the operating system as it is written, so a killed process loses none.
/// </summary>
internal sealed class EventFile : IDisposable
{
    private const string FileVersion = "brain.Event:2";
    private const int LengthSize = sizeof(ulong);
    private const int CrcSize = sizeof(uint);

    private readonly FileStream stream;

    /// <summary>Creates a new event file in <paramref name="directory"/> and writes its file-version event.</summary>
    public EventFile(string directory)
    {
        var wallTime = Now();
        var name = $"events.out.tfevents.{(long)wallTime}.{Dns.GetHostName()}";
        stream = CreateNew(System.IO.Path.Combine(directory, name));
        Write(new Event { WallTime = wallTime, FileVersion = FileVersion });
    }

    /// <summary>The file's full path.</summary>
    public string FullName => stream.Name;

    /// <summary>Appends <paramref name="summary"/> at <paramref name="step"/>, stamped with the current wall time.</summary>
    public void Write(long step, Summary summary) => Write(new Event { WallTime = Now(), Step = step, Summary = summary });

    public void Dispose() => stream.Dispose();

    private void Write(Event value)
    {
        var data = value.ToByteArray();
        var record = new byte[LengthSize + CrcSize + data.Length + CrcSize];
        BinaryPrimitives.WriteUInt64LittleEndian(record, (ulong)data.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(record.AsSpan(LengthSize), Crc32C.Masked(record.AsSpan(0, LengthSize)));
        data.CopyTo(record, LengthSize + CrcSize);
        BinaryPrimitives.WriteUInt32LittleEndian(record.AsSpan(LengthSize + CrcSize + data.Length), Crc32C.Masked(data));
        stream.Write(record);
        stream.Flush();
    }

    private static double Now() => DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() / 1000.0;

    private static FileStream CreateNew(string path)
    {
        for (var suffix = 0; ; suffix++)
        {
            var candidate = suffix == 0 ? path : $"{path}.{suffix}";
            try
            {
                return new FileStream(candidate, FileMode.CreateNew, FileAccess.Write, FileShare.Read);
            }
            catch (IOException) when (File.Exists(candidate))
            {
                // Another event file of this second and host: the next suffix.
            }
        }
    }
}
