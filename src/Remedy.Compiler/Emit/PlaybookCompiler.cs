using System.Collections.Immutable;
using System.Diagnostics;
using Remedy.Compiler.Lowering;
using Remedy.Compiler.Roslyn;
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
