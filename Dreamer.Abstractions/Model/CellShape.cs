namespace Dreamer.Abstractions.Model;

/// <summary>Width of the input the RSSM feeds its dynamics cell: the <c>img_in</c> layer's output, Hd (dreamerv2.md §2.2).</summary>
public sealed record CellShape(int InputSize);
