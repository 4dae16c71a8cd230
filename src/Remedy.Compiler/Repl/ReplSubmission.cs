using System.Collections.Immutable;
using Remedy.Runtime.Values;
using Remedy.Syntax.Diagnostics;

namespace Remedy.Compiler.Repl;

/// <summary>One line of the REPL, checked, lowered and emitted as a C# script submission.</summary>
/// <param name="Line">The line as typed.</param>
/// <param name="Code">The C# statements of the submission, ending with the value to show; empty when there are errors.</param>
/// <param name="Errors">Diagnostics of the line (columns are the line's own), or empty.</param>
/// <param name="DryRunResults">What each query the line calls returns in a dry run, by manifest name.</param>
public sealed record ReplSubmission(string Line, string Code, ImmutableArray<Diagnostic> Errors, IReadOnlyDictionary<string, RValue> DryRunResults)
{
    /// <summary>Whether the line can be evaluated.</summary>
    public bool Succeeded => Errors.IsEmpty;
}
