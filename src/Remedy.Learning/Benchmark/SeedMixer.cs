namespace Remedy.Learning.Benchmark;

/// <summary>
/// Derives independent-looking seeds from (run seed, scenario, stream) with SplitMix64, so that neighbouring
/// seeds do not give System.Random correlated starting states and every contender's stream is reproducible.
/// </summary>
internal static class SeedMixer
{
    public static int Mix(params int[] parts)
    {
        ulong state = 0x9E3779B97F4A7C15;
        foreach (var part in parts)
        {
            state = Next(state ^ (ulong)(uint)part);
        }

        return (int)(state & 0x7FFFFFFF);
    }

    /// <summary>A stable 32-bit FNV-1a hash of a name (string.GetHashCode changes between processes).</summary>
    public static int Of(string name)
    {
        var hash = 2166136261u;
        foreach (var ch in name)
        {
            hash = (hash ^ ch) * 16777619u;
        }

        return (int)hash;
    }

    private static ulong Next(ulong x)
    {
        x += 0x9E3779B97F4A7C15;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EB;
        return x ^ (x >> 31);
    }
}
