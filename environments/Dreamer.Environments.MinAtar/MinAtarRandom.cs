namespace Dreamer.Environments.MinAtar;

/// <summary>
/// The single random stream of a MinAtar environment, shared by the sticky-action draw and the game
/// (minatar.md §1 "Randomness"). A xoshiro256** generator seeded through SplitMix64, so a seed gives the same
/// stream on every platform and runtime.
/// </summary>
internal sealed class MinAtarRandom
{
    private ulong s0;
    private ulong s1;
    private ulong s2;
    private ulong s3;

    public MinAtarRandom(ulong seed)
    {
        var state = seed;
        s0 = SplitMix(ref state);
        s1 = SplitMix(ref state);
        s2 = SplitMix(ref state);
        s3 = SplitMix(ref state);
    }

    /// <summary>Combines the run's seed, the environment index and the options' seed offset into one seed.</summary>
    public static ulong CombineSeeds(int seed, int index, int offset)
    {
        var state = (ulong)(uint)seed;
        var mixed = SplitMix(ref state);
        state = mixed ^ (ulong)(uint)index;
        mixed = SplitMix(ref state);
        state = mixed ^ (ulong)(uint)offset;
        return SplitMix(ref state);
    }

    /// <summary>A uniform double in [0, 1) (numpy's <c>rand()</c>).</summary>
    public double Uniform() => (Next() >> 11) * (1.0 / (1UL << 53));

    /// <summary>A uniform integer in [0, <paramref name="count"/>) (numpy's <c>randint(count)</c>).</summary>
    public int Below(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        return (int)(((Next() >> 32) * (ulong)count) >> 32);
    }

    private ulong Next()
    {
        var result = ulong.RotateLeft(s1 * 5, 7) * 9;
        var shifted = s1 << 17;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= shifted;
        s3 = ulong.RotateLeft(s3, 45);
        return result;
    }

    private static ulong SplitMix(ref ulong state)
    {
        state += 0x9E3779B97F4A7C15UL;
        var z = state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
