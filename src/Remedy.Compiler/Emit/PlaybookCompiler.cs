using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Remedy.Compiler.Lowering;
using Remedy.Compiler.Roslyn;
using Remedy.Compiler.Workspace;
using Remedy.Syntax.Diagnostics;

namespace Remedy.Compiler.Emit;

/// <summary>
/// Compiles a checked workspace into one playbook assembly: front-end diagnostics first (nothing is emitted
/// from a workspace with errors), then lowering, C# emission, and Roslyn with the allowlist check and the
/// cache. Keep one instance to reuse its reference set and cache.
/// </summary>
public sealed class PlaybookCompiler
{
    /// <summary>The assembly name used when none is given.</summary>
    public const string DefaultAssemblyName = "Remedy.Playbooks";

    private readonly AssemblyBuilder builder;

    // Whole results by the hash of the .remedy sources: an unchanged workspace skips even the front-end.
    private readonly ConcurrentDictionary<string, CompileResult> workspaces = new(StringComparer.Ordinal);

    /// <summary>Creates a compiler.</summary>
    /// <param name="cache">The assembly cache; a new in-memory one when null.</param>
    public PlaybookCompiler(AssemblyCache? cache = null) => builder = new AssemblyBuilder(cache);

    /// <summary>The Roslyn side, for callers that compile C# they hold themselves.</summary>
    public AssemblyBuilder Builder => builder;

    /// <summary>Lowers and emits the C# of a compilation's playbooks without compiling it.</summary>
    /// <param name="compilation">The compilation.</param>
    /// <returns>The sources and lowering diagnostics.</returns>
    public static (ImmutableArray<GeneratedSource> Sources, ImmutableArray<Diagnostic> Diagnostics) EmitSources(Compilation compilation)
    {
        var lowered = PlaybookLowerer.LowerAll(compilation);
        return ([.. lowered.Playbooks.Select(PlaybookEmitter.Emit)], lowered.Diagnostics);
    }

    /// <summary>
    /// Compiles .remedy documents into one assembly; a second call with the same documents and name returns the
    /// first result (marked as cached) after hashing them, without parsing or checking anything again.
    /// </summary>
    /// <param name="documents">The workspace's files.</param>
    /// <param name="assemblyName">The assembly name.</param>
    /// <returns>The sources, assembly, diagnostics and timings.</returns>
    public CompileResult Compile(IReadOnlyList<SourceDocument> documents, string assemblyName = DefaultAssemblyName)
    {
        var clock = Stopwatch.StartNew();
        var hash = WorkspaceHash(documents, assemblyName);
        if (workspaces.TryGetValue(hash, out var cached))
        {
            return cached with { FromCache = true, Timings = new CompileTimings(clock.Elapsed, TimeSpan.Zero, TimeSpan.Zero) };
        }

        var result = Compile(Compilation.Create(documents), assemblyName);
        if (result.Succeeded)
        {
            workspaces[hash] = result;
        }

        return result;
    }

    /// <summary>The SHA-256 of a workspace: the assembly name and every document's path and text.</summary>
    /// <param name="documents">The documents.</param>
    /// <param name="assemblyName">The assembly name.</param>
    /// <returns>64 lowercase hex digits.</returns>
    public static string WorkspaceHash(IReadOnlyList<SourceDocument> documents, string assemblyName)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var part in documents.SelectMany(d => new[] { d.Path, d.Text }).Prepend(assemblyName))
        {
            var bytes = Encoding.UTF8.GetBytes(part);
            sha.AppendData(BitConverter.GetBytes(bytes.Length));
            sha.AppendData(bytes);
        }

        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    /// <summary>Compiles a compilation's playbooks into one assembly.</summary>
    /// <param name="compilation">The compilation.</param>
    /// <param name="assemblyName">The assembly name.</param>
    /// <returns>The sources, assembly, diagnostics and timings.</returns>
    public CompileResult Compile(Compilation compilation, string assemblyName = DefaultAssemblyName)
    {
        var clock = Stopwatch.StartNew();
        var frontEnd = compilation.GetDiagnostics();
        var frontEndTime = clock.Elapsed;
        if (frontEnd.Any(d => d.IsError))
        {
            return new CompileResult([], [], frontEnd, new CompileTimings(frontEndTime, TimeSpan.Zero, TimeSpan.Zero), false);
        }

        clock.Restart();
        var (sources, lowering) = EmitSources(compilation);
        var emitTime = clock.Elapsed;
        if (lowering.Any(d => d.IsError))
        {
            return new CompileResult(sources, [], [.. frontEnd, .. lowering], new CompileTimings(frontEndTime, emitTime, TimeSpan.Zero), false);
        }

        clock.Restart();
        var texts = compilation.AllTrees.GroupBy(t => t.Path, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Source.Text, StringComparer.Ordinal);
        var built = builder.Build(assemblyName, sources, path => texts.GetValueOrDefault(path));
        var roslynTime = clock.Elapsed;
        return new CompileResult(sources, built.Image, [.. frontEnd, .. lowering, .. built.Diagnostics], new CompileTimings(frontEndTime, emitTime, roslynTime), built.FromCache);
    }
}
