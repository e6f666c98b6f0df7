using System.Buffers.Binary;
using Dreamer.Training.Logging;
using Tensorboard;

namespace Dreamer.Training.Tests.Logging;

/// <summary>
/// Reads a TensorBoard event file the way TensorBoard's loader does: TFRecord records whose length and data CRCs
/// must both match, each parsed as an <see cref="Event"/>. A torn or corrupted record throws.
/// </summary>
internal static class TfRecordReader
{
    public static List<Event> ReadEvents(string path)
    {
        var bytes = File.ReadAllBytes(path).AsSpan();
        var events = new List<Event>();
        while (bytes.Length > 0)
        {
            if (bytes.Length < 12) throw new InvalidDataException($"{path}: a torn record header");
            var length = checked((int)BinaryPrimitives.ReadUInt64LittleEndian(bytes));
            var lengthCrc = BinaryPrimitives.ReadUInt32LittleEndian(bytes[8..]);
            if (lengthCrc != Crc32C.Masked(bytes[..8])) throw new InvalidDataException($"{path}: length CRC mismatch in record {events.Count}");
            if (bytes.Length < 12 + length + 4) throw new InvalidDataException($"{path}: a torn record");
            var data = bytes.Slice(12, length);
            var dataCrc = BinaryPrimitives.ReadUInt32LittleEndian(bytes[(12 + length)..]);
            if (dataCrc != Crc32C.Masked(data)) throw new InvalidDataException($"{path}: data CRC mismatch in record {events.Count}");
            events.Add(Event.Parser.ParseFrom(data.ToArray()));
            bytes = bytes[(12 + length + 4)..];
        }
        return events;
    }
}
