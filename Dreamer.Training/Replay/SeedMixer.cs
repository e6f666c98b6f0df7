namespace Dreamer.Training.Replay;

/// <summary>
/// Derives a seed from a run seed and an index with SplitMix64, the same in every process (unlike
/// <see cref="HashCode"/>, which is randomised per process), so resumed and repeated runs draw the same numbers.
/// </summary>
public static class SeedMixer
{
    public static int Mix(int seed, long index)
    {
        unchecked
        {
            var z = (ulong)seed * 0x9E3779B97F4A7C15UL + (ulong)index + 0x632BE59BD9B4E019UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            z ^= z >> 31;
            return (int)(z & 0x7FFFFFFF);
        }
    }
}
