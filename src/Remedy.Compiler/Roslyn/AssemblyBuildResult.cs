using System.Collections.Immutable;
using Remedy.Syntax.Diagnostics;

namespace Remedy.Compiler.Roslyn;

/// <summary>The outcome of compiling and checking generated C#.</summary>
/// <param name="Image">The assembly's bytes; empty when there are errors.</param>
/// <param name="Diagnostics">Compile errors and API violations, as RMD diagnostics at .remedy positions where the code maps back.</param>
/// <param name="SourceHash">The SHA-256 of the assembly name and sources: the cache key.</param>
/// <param name="FromCache">Whether the result was served from the cache without compiling.</param>
public sealed record AssemblyBuildResult(ImmutableArray<byte> Image, ImmutableArray<Diagnostic> Diagnostics, string SourceHash, bool FromCache)
{
    /// <summary>Whether an assembly was produced.</summary>
    public bool Succeeded => !Image.IsDefaultOrEmpty && !Diagnostics.Any(d => d.IsError);
}
