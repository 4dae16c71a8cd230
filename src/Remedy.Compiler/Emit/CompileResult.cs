using System.Collections.Immutable;
using Remedy.Compiler.Roslyn;
using Remedy.Syntax.Diagnostics;

namespace Remedy.Compiler.Emit;

/// <summary>The outcome of compiling a workspace to an assembly.</summary>
/// <param name="Sources">The generated C#, one file per playbook (empty when the front-end reported errors).</param>
/// <param name="Image">The assembly; empty when there are errors.</param>
/// <param name="Diagnostics">Every diagnostic: front-end, lowering and emit (RMD2xxx), at .remedy positions.</param>
/// <param name="Timings">Where the time went.</param>
/// <param name="FromCache">Whether the assembly came from the cache.</param>
public sealed record CompileResult(ImmutableArray<GeneratedSource> Sources, ImmutableArray<byte> Image, ImmutableArray<Diagnostic> Diagnostics, CompileTimings Timings, bool FromCache)
{
    /// <summary>Whether an assembly was produced.</summary>
    public bool Succeeded => !Image.IsDefaultOrEmpty && !Diagnostics.Any(d => d.IsError);
}
