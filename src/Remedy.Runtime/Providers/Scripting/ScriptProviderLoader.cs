using System.Collections.Concurrent;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;
using Remedy.Runtime.Engine;

namespace Remedy.Runtime.Providers.Scripting;

/// <summary>
/// Compiles script providers (<c>providers/*.csx</c>, the file name being the provider id) with Roslyn scripting,
/// rejects any whose compiled code references a type outside <see cref="ScriptAllowlist"/> or uses <c>#r</c> /
/// <c>#load</c>, and loads the rest into an isolated, collectible context. Compiled images are cached by the
/// SHA-256 of the source, in memory and optionally on disk, so an unchanged script compiles once.
/// </summary>
public sealed partial class ScriptProviderLoader
{
    private static readonly string[] Imports =
    [
        "System", "System.Collections.Generic", "System.Linq", "System.Threading", "System.Threading.Tasks",
        "Remedy.Runtime.Values", "Remedy.Runtime.Providers",
    ];

    private readonly ScriptProviderOptions options;
    private readonly ConcurrentDictionary<string, Func<object?[], Task<ProviderResult>>> loaded = new(StringComparer.Ordinal);
    private int compilations;
    private int diskHits;

    /// <summary>Creates a loader.</summary>
    /// <param name="options">What scripts may reach, and the cache folder.</param>
    public ScriptProviderLoader(ScriptProviderOptions options) => this.options = options;

    /// <summary>How many scripts this loader compiled with Roslyn (cache misses).</summary>
    public int Compilations => compilations;

    /// <summary>How many compiled images this loader took from the disk cache.</summary>
    public int DiskHits => diskHits;

    /// <summary>Loads every <c>*.csx</c> file of a folder, in name order.</summary>
    /// <param name="directory">The folder, e.g. <c>providers/</c>.</param>
    /// <returns>The providers and every problem.</returns>
    public ScriptLoadResult LoadDirectory(string directory)
    {
        if (!Directory.Exists(directory))
        {
            return new ScriptLoadResult([], [$"the script provider folder '{directory}' does not exist"]);
        }

        var providers = new List<ScriptProvider>();
        var errors = new List<string>();
        foreach (var file in Directory.GetFiles(directory, "*.csx").Order(StringComparer.Ordinal))
        {
            var one = Load(file);
            providers.AddRange(one.Providers);
            errors.AddRange(one.Errors);
        }

        return new ScriptLoadResult(providers, errors);
    }

    /// <summary>Loads one script file; its name without <c>.csx</c> is the provider id.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The provider, or why it was rejected.</returns>
    public ScriptLoadResult Load(string path)
    {
        string source;
        try
        {
            source = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return Rejected($"cannot read script provider '{path}': {e.Message}");
        }

        return Load(Path.GetFileNameWithoutExtension(path), source, Path.GetFileName(path));
    }

    /// <summary>Loads a script from its source.</summary>
    /// <param name="id">The provider id, e.g. <c>acme.queue_depth</c>.</param>
    /// <param name="source">The C# script.</param>
    /// <param name="name">A name for messages (the file name).</param>
    /// <returns>The provider, or why it was rejected.</returns>
    public ScriptLoadResult Load(string id, string source, string name)
    {
        if (!ProviderId().IsMatch(id))
        {
            return Rejected($"{name}: '{id}' is not a provider id (lower-case words joined by dots, e.g. acme.queue_depth)");
        }

        var hash = Hash(source);
        if (loaded.TryGetValue(hash, out var cached))
        {
            return Accepted(id, hash, cached);
        }

        var image = ReadCache(hash);
        if (image is not null)
        {
            Interlocked.Increment(ref diskHits);
        }
        else
        {
            var compiled = Compile(source, name, out image);
            if (compiled.Count > 0)
            {
                return new ScriptLoadResult([], compiled);
            }
        }

        // Checked every time, the disk cache included: a cached file could have been swapped.
        var violations = ScriptAllowlist.Check(image!);
        if (violations.Count > 0)
        {
            return new ScriptLoadResult([], violations.Select(v => $"{name} was rejected: {v}").ToArray());
        }

        WriteCache(hash, image!);
        Func<object?[], Task<ProviderResult>> factory;
        try
        {
            using var stream = new MemoryStream(image!);
            var assembly = new PlaybookLoadContext("script:" + id).LoadFromStream(stream);
            var entry = assembly.GetTypes()
                .Select(t => t.GetMethod("<Factory>", BindingFlags.Public | BindingFlags.Static))
                .Single(m => m is not null)!;
            factory = entry.CreateDelegate<Func<object?[], Task<ProviderResult>>>();
        }
        catch (Exception e) when (e is BadImageFormatException or FileLoadException or ReflectionTypeLoadException
                                      or InvalidOperationException or ArgumentException)
        {
            return Rejected($"{name} could not be loaded: {e.Message}");
        }

        loaded[hash] = factory;
        return Accepted(id, hash, factory);
    }

    private List<string> Compile(string source, string name, out byte[]? image)
    {
        image = null;
        Interlocked.Increment(ref compilations);
        var tree = CSharpSyntaxTree.ParseText(source, CSharpParseOptions.Default.WithKind(SourceCodeKind.Script));
        var root = tree.GetCompilationUnitRoot();
        var errors = new List<string>();
        foreach (var directive in root.GetReferenceDirectives())
        {
            errors.Add($"{name}:{directive.GetLocation().GetLineSpan().StartLinePosition.Line + 1}: #r is not allowed: script providers get only the provider API");
        }

        foreach (var directive in root.GetLoadDirectives())
        {
            errors.Add($"{name}:{directive.GetLocation().GetLineSpan().StartLinePosition.Line + 1}: #load is not allowed: one script is one provider");
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        var scriptOptions = ScriptOptions.Default
            .AddReferences(typeof(ProviderResult).Assembly)
            .WithImports(Imports)
            .WithOptimizationLevel(OptimizationLevel.Release)
            .WithEmitDebugInformation(false)
            .WithAllowUnsafe(false)
            .WithFileEncoding(Encoding.UTF8);
        var script = CSharpScript.Create<ProviderResult>(source, scriptOptions, typeof(ScriptProviderGlobals));
        var compilation = script.GetCompilation();
        using var stream = new MemoryStream();
        var emitted = compilation.Emit(stream);
        if (!emitted.Success)
        {
            return emitted.Diagnostics
                .Where(d => d.Severity == DiagnosticSeverity.Error)
                .Select(d => $"{name}:{d.Location.GetLineSpan().StartLinePosition.Line + 1}: {d.Id}: {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}")
                .ToList();
        }

        image = stream.ToArray();
        return errors;
    }

    private ScriptLoadResult Accepted(string id, string hash, Func<object?[], Task<ProviderResult>> factory) =>
        new([new ScriptProvider(id, hash, factory, options)], []);

    private static ScriptLoadResult Rejected(string message) => new([], [message]);

    private static string Hash(string source)
    {
        // The runtime's own build is part of the key: a script compiled against another build must compile again.
        var runtime = typeof(ProviderResult).Assembly.ManifestModule.ModuleVersionId;
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(runtime + "\n" + source))).ToLowerInvariant();
    }

    private byte[]? ReadCache(string hash)
    {
        if (options.CacheDirectory is not { } dir)
        {
            return null;
        }

        try
        {
            var file = Path.Combine(dir, hash + ".dll");
            return File.Exists(file) ? File.ReadAllBytes(file) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private void WriteCache(string hash, byte[] image)
    {
        if (options.CacheDirectory is not { } dir)
        {
            return;
        }

        try
        {
            Directory.CreateDirectory(dir);
            var file = Path.Combine(dir, hash + ".dll");
            if (File.Exists(file))
            {
                return;
            }

            // Write beside, then rename: another process reading the cache never sees half a file.
            var temp = file + "." + Guid.NewGuid().ToString("N") + ".tmp";
            File.WriteAllBytes(temp, image);
            File.Move(temp, file, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The cache only saves time; a read-only or full disk must not stop the provider from loading.
        }
    }

    [GeneratedRegex("^[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+$")]
    private static partial Regex ProviderId();
}
