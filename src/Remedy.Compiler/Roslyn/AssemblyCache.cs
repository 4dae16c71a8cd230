using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace Remedy.Compiler.Roslyn;

/// <summary>
/// Compiled, checked assemblies by source hash, so compiling an unchanged workspace again costs a hash. Only
/// successful builds are kept (a failed one is cheap to repeat and its diagnostics depend on the sources alone
/// anyway). With a directory, images also survive the process (<c>&lt;hash&gt;.dll</c>), and one read back is
/// checked against the runtime's allowlist again before it is trusted.
/// </summary>
public sealed class AssemblyCache
{
    private readonly ConcurrentDictionary<string, ImmutableArray<byte>> images = new(StringComparer.Ordinal);
    private readonly string? directory;

    /// <summary>Creates an in-memory cache, optionally backed by a directory.</summary>
    /// <param name="directory">Where images are kept between processes, or null for memory only.</param>
    public AssemblyCache(string? directory = null) => this.directory = directory;

    /// <summary>The number of images held in memory.</summary>
    public int Count => images.Count;

    /// <summary>Looks up an image.</summary>
    /// <param name="hash">The source hash.</param>
    /// <param name="image">The image, when present.</param>
    /// <returns>True when present.</returns>
    public bool TryGet(string hash, out ImmutableArray<byte> image)
    {
        if (images.TryGetValue(hash, out image))
        {
            return true;
        }

        if (directory is null || !File.Exists(PathOf(hash)))
        {
            return false;
        }

        try
        {
            image = [.. File.ReadAllBytes(PathOf(hash))];
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }

        // A file on disk may have been replaced since it was written: re-check it like any foreign assembly.
        if (Runtime.Engine.ApiAllowlist.Check(image).Count > 0)
        {
            return false;
        }

        images[hash] = image;
        return true;
    }

    /// <summary>Stores an image; a failure to write the directory only loses the on-disk copy.</summary>
    /// <param name="hash">The source hash.</param>
    /// <param name="image">The image.</param>
    public void Add(string hash, ImmutableArray<byte> image)
    {
        images[hash] = image;
        if (directory is null)
        {
            return;
        }

        try
        {
            Directory.CreateDirectory(directory);
            var temp = PathOf(hash) + ".tmp";
            File.WriteAllBytes(temp, [.. image]);
            File.Move(temp, PathOf(hash), overwrite: true);
        }
        catch (IOException)
        {
            // The cache is an optimisation; the build result stands without it.
        }
        catch (UnauthorizedAccessException)
        {
            // As above.
        }
    }

    private string PathOf(string hash) => Path.Combine(directory!, hash + ".dll");
}
