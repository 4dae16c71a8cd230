using System.Collections.Immutable;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;
using Remedy.Runtime.Engine;
using Remedy.Syntax.Diagnostics;
using Remedy.Syntax.Text;
using Diagnostic = Remedy.Syntax.Diagnostics.Diagnostic;
using RoslynDiagnostic = Microsoft.CodeAnalysis.Diagnostic;

namespace Remedy.Compiler.Roslyn;

/// <summary>
/// Compiles generated C# in memory against the fixed <see cref="ReferenceSet"/>, checks every symbol it uses
/// (<see cref="ApiSurfaceCheck"/>) and the finished image (the runtime's <see cref="ApiAllowlist"/>), and caches
/// the result by source hash. The output is deterministic: the same sources give byte-identical assemblies.
/// Roslyn's diagnostics never reach the user as they are: each becomes an RMD diagnostic at the .remedy
/// position its <c>#line</c> directive names.
/// </summary>
public sealed class AssemblyBuilder
{
    // Part of the cache key, so a compiler with different output never reuses another's images.
    private const string OutputVersion = "remedy-emit-1";

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp13, DocumentationMode.None);

    private static readonly CSharpCompilationOptions Options = new(
        OutputKind.DynamicallyLinkedLibrary,
        optimizationLevel: OptimizationLevel.Release,
        deterministic: true,
        allowUnsafe: false,
        checkOverflow: false,
        nullableContextOptions: NullableContextOptions.Disable,
        concurrentBuild: true,
        generalDiagnosticOption: ReportDiagnostic.Default);

    // An embedded portable PDB carries the #line mappings, so a run-time exception's stack trace names the
    // .remedy line; it is part of the deterministic image.
    private static readonly EmitOptions EmitOptions = new(debugInformationFormat: DebugInformationFormat.Embedded);

    private readonly ReferenceSet? references;
    private readonly string? referenceError;
    private readonly AssemblyCache cache;

    /// <summary>Creates a builder with the default reference set.</summary>
    /// <param name="cache">The cache to use; a new in-memory cache when null.</param>
    public AssemblyBuilder(AssemblyCache? cache = null)
    {
        this.cache = cache ?? new AssemblyCache();
        if (ReferenceSet.TryLoad(out var set, out var error))
        {
            references = set;
        }
        else
        {
            referenceError = error;
        }
    }

    /// <summary>The cache.</summary>
    public AssemblyCache Cache => cache;

    /// <summary>The reference set, or null when it could not be found (every build then fails with RMD2005).</summary>
    public ReferenceSet? References => references;

    /// <summary>The cache key of a set of sources: SHA-256 over the name, the output version and every file.</summary>
    /// <param name="assemblyName">The assembly name.</param>
    /// <param name="sources">The sources.</param>
    /// <returns>64 lowercase hex digits.</returns>
    public static string Hash(string assemblyName, IReadOnlyList<GeneratedSource> sources)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string text)
        {
            var bytes = Encoding.UTF8.GetBytes(text);
            sha.AppendData(BitConverter.GetBytes(bytes.Length));
            sha.AppendData(bytes);
        }

        Add(OutputVersion);
        Add(assemblyName);
        foreach (var source in sources)
        {
            Add(source.Path);
            Add(source.Text);
        }

        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    /// <summary>Compiles and checks generated sources, or returns the cached image of identical sources.</summary>
    /// <param name="assemblyName">The assembly name.</param>
    /// <param name="sources">The C# files.</param>
    /// <param name="textOf">The text of a .remedy file by path (for diagnostic offsets); may return null.</param>
    /// <returns>The image or the diagnostics.</returns>
    public AssemblyBuildResult Build(string assemblyName, IReadOnlyList<GeneratedSource> sources, Func<string, string?>? textOf = null)
    {
        var hash = Hash(assemblyName, sources);
        if (cache.TryGet(hash, out var cached))
        {
            return new AssemblyBuildResult(cached, [], hash, FromCache: true);
        }

        if (references is null)
        {
            return Failed(hash, Diagnostic.Create(DiagnosticCatalog.EmitUnavailable, string.Empty, SourceSpan.None, referenceError));
        }

        var trees = sources.Select(s => CSharpSyntaxTree.ParseText(s.Text, ParseOptions, s.Path, Encoding.UTF8)).ToArray();
        var compilation = CSharpCompilation.Create(assemblyName, trees, references.References, Options);
        var result = Check(compilation, textOf ?? (_ => null));
        if (result.Length > 0)
        {
            return Failed(hash, result);
        }

        using var stream = new MemoryStream();
        var emitted = compilation.Emit(stream, options: EmitOptions);
        if (!emitted.Success)
        {
            return Failed(hash, [.. Map(emitted.Diagnostics.Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error), textOf ?? (_ => null))]);
        }

        ImmutableArray<byte> image = [.. stream.ToArray()];

        // Defence in depth: the runtime's own metadata check, which also sees what the C# compiler generated.
        var problems = ApiAllowlist.Check(image);
        if (problems.Count > 0)
        {
            return Failed(hash, [.. problems.Select(p => Diagnostic.Create(DiagnosticCatalog.ForbiddenApi, assemblyName, SourceSpan.None, "a type", p))]);
        }

        cache.Add(hash, image);
        return new AssemblyBuildResult(image, [], hash, FromCache: false);
    }

    private static AssemblyBuildResult Failed(string hash, params Diagnostic[] diagnostics) => new([], [.. diagnostics], hash, FromCache: false);

    private static Diagnostic[] Check(CSharpCompilation compilation, Func<string, string?> textOf)
    {
        var violations = ApiSurfaceCheck.Check(compilation)
            .Select(v =>
            {
                var (path, span) = LocationMapper.Map(v.Location, textOf);
                return Diagnostic.Create(v.Descriptor, path, span, v.What, v.Why);
            });

        // CS0227 ("unsafe code may only appear if compiling with /unsafe") repeats what the surface check says better.
        var errors = Map(compilation.GetDiagnostics().Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error && d.Id != "CS0227"), textOf);
        return [.. violations.Concat(errors).Distinct().OrderBy(d => d.Path, StringComparer.Ordinal).ThenBy(d => d.Span.Line).ThenBy(d => d.Span.Column)];
    }

    private static IEnumerable<Diagnostic> Map(IEnumerable<RoslynDiagnostic> diagnostics, Func<string, string?> textOf)
    {
        foreach (var diagnostic in diagnostics)
        {
            var (path, span) = LocationMapper.Map(diagnostic.Location, textOf);
            var source = diagnostic.Location.SourceTree?.GetText().ToString(diagnostic.Location.SourceSpan) ?? string.Empty;
            yield return diagnostic.Id switch
            {
                // A name that does not bind: the reference set leaves it out on purpose.
                "CS0103" or "CS0246" or "CS0234" or "CS0400" or "CS0012" or "CS0117" or "CS1061" when source.Length > 0 =>
                    Diagnostic.Create(DiagnosticCatalog.UnavailableApi, path, span, source),
                _ => Diagnostic.Create(DiagnosticCatalog.GeneratedCodeError, path, span, diagnostic.Id, diagnostic.GetMessage(CultureInfo.InvariantCulture)),
            };
        }
    }
}
