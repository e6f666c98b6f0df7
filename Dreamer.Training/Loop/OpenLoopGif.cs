using Dreamer.Environments.Rollout;
using SkiaSharp;
using static TorchSharp.torch;

namespace Dreamer.Training.Loop;

/// <summary>
/// Writes the frames of <see cref="OpenLoopVideo.Render"/> as a labelled animated GIF: each cell enlarged to at least
/// <see cref="MinimumRowHeight"/> pixels of row height (nearest neighbour), the sequences and the rows set apart by
/// <see cref="Gap"/> pixels, the rows named truth, model and error on the left, and above them the frame's step and
/// whether the model observed it (posterior, the first <c>context</c> steps) or imagined it (prior, from the replayed
/// actions alone).
/// </summary>
public static class OpenLoopGif
{
    /// <summary>The least height in pixels a row (one observation) is enlarged to.</summary>
    public const int MinimumRowHeight = 48;

    /// <summary>The width of the label column on the left.</summary>
    public const int LabelWidth = 44;

    /// <summary>The height of the caption above the rows.</summary>
    public const int CaptionHeight = 14;

    /// <summary>The pixels between two sequences and between two rows.</summary>
    public const int Gap = 3;

    private const int MaximumWidth = 1024;
    private static readonly SKColor Background = new(0x20, 0x20, 0x20);
    private static readonly string[] RowNames = ["truth", "model", "error"];

    /// <summary>
    /// Writes <paramref name="frames"/> uint8 <c>[T, 3, 3·H, B·W]</c> of <paramref name="sequences"/> sequences; the first
    /// <paramref name="context"/> steps were observed.
    /// </summary>
    public static void Save(Tensor frames, string path, int context, int sequences, int delayCentiseconds = 25)
    {
        var labelled = Frames(frames, context, sequences);
        new RecordedEpisode(labelled, 0, labelled.Count).SaveGif(path, delayCentiseconds);
    }

    /// <summary>The labelled, enlarged pictures of <paramref name="frames"/> uint8 <c>[T, 3, 3·H, B·W]</c>.</summary>
    public static IReadOnlyList<RgbFrame> Frames(Tensor frames, int context, int sequences)
    {
        ArgumentNullException.ThrowIfNull(frames);
        var count = (int)frames.shape[0];
        var layout = new Layout((int)frames.shape[2] / 3, (int)frames.shape[3] / sequences, sequences);
        var size = (int)(frames.shape[2] * frames.shape[3] * 3);
        var pixels = frames.permute(0, 2, 3, 1).contiguous().data<byte>().ToArray();    // [T, 3H, B·W, 3]
        return Enumerable.Range(0, count)
            .Select(t => Label(pixels.AsSpan(t * size, size), layout, $"step {t + 1}/{count}: {(t < context ? "observed" : "imagined")}"))
            .ToList();
    }

    /// <summary>The whole-number enlargement that makes a row at least <see cref="MinimumRowHeight"/> high, within the width limit.</summary>
    public static int Scale(int rowHeight, int width) =>
        Math.Max(1, Math.Min((MinimumRowHeight + rowHeight - 1) / rowHeight, (MaximumWidth - LabelWidth) / width));

    /// <summary>The picture's size for rows of <paramref name="rowHeight"/> and sequences of <paramref name="sequenceWidth"/> pixels.</summary>
    public static (int Width, int Height) Size(int rowHeight, int sequenceWidth, int sequences)
    {
        var layout = new Layout(rowHeight, sequenceWidth, sequences);
        return (layout.Width, layout.Height);
    }

    /// <summary>The top-left pixel of the enlarged cell (x, y) of the source frame.</summary>
    public static (int X, int Y) CellOrigin(int rowHeight, int sequenceWidth, int sequences, int x, int y)
    {
        var layout = new Layout(rowHeight, sequenceWidth, sequences);
        return (LabelWidth + x / sequenceWidth * layout.SequenceBlock + x % sequenceWidth * layout.Scale,
            CaptionHeight + y / rowHeight * layout.RowBlock + y % rowHeight * layout.Scale);
    }

    private static RgbFrame Label(ReadOnlySpan<byte> frame, Layout layout, string caption)
    {
        using var bitmap = new SKBitmap(new SKImageInfo(layout.Width, layout.Height, SKColorType.Rgba8888, SKAlphaType.Opaque));
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(Background);
            using var font = new SKFont(SKTypeface.Default, 11) { Edging = SKFontEdging.Alias };
            using var ink = new SKPaint { Color = SKColors.White, IsAntialias = false };
            canvas.DrawText(caption, LabelWidth, CaptionHeight - 3, font, ink);
            for (var row = 0; row < RowNames.Length; row++)
                canvas.DrawText(RowNames[row], 3, CaptionHeight + row * layout.RowBlock + layout.RowHeight * layout.Scale / 2 + 4, font, ink);
        }
        var sourceWidth = layout.SequenceWidth * layout.Sequences;
        var output = new byte[layout.Width * layout.Height * 3];
        for (var y = 0; y < layout.Height; y++)
        {
            var sourceY = layout.SourceRow(y - CaptionHeight);
            for (var x = 0; x < layout.Width; x++)
            {
                var at = (y * layout.Width + x) * 3;
                var sourceX = layout.SourceColumn(x - LabelWidth);
                if (sourceX >= 0 && sourceY >= 0)
                {
                    frame.Slice((sourceY * sourceWidth + sourceX) * 3, 3).CopyTo(output.AsSpan(at, 3));
                    continue;
                }
                var color = bitmap.GetPixel(x, y);
                output[at] = color.Red;
                output[at + 1] = color.Green;
                output[at + 2] = color.Blue;
            }
        }
        return new RgbFrame(layout.Width, layout.Height, output);
    }

    /// <summary>Where each source pixel lands: enlarged by <see cref="Scale"/>, sequences and rows <see cref="Gap"/> apart.</summary>
    private sealed record Layout(int RowHeight, int SequenceWidth, int Sequences)
    {
        public int Scale { get; } = OpenLoopGif.Scale(RowHeight, SequenceWidth * Sequences);

        public int SequenceBlock => SequenceWidth * Scale + Gap;

        public int RowBlock => RowHeight * Scale + Gap;

        public int Width => LabelWidth + Sequences * SequenceBlock - Gap;

        public int Height => CaptionHeight + 3 * RowBlock - Gap;

        /// <summary>The source column of an offset into the picture area, or −1 in a gap or the margin.</summary>
        public int SourceColumn(int offset) => Source(offset, SequenceWidth, SequenceBlock, Sequences);

        /// <summary>The source row of an offset into the picture area, or −1 in a gap or the margin.</summary>
        public int SourceRow(int offset) => Source(offset, RowHeight, RowBlock, 3);

        private int Source(int offset, int cells, int block, int blocks)
        {
            if (offset < 0 || offset / block >= blocks || offset % block >= cells * Scale) return -1;
            return offset / block * cells + offset % block / Scale;
        }
    }
}
