using Remedy.Syntax.Text;

namespace Remedy.Compiler.Analysis;

/// <summary>A <c>scope field "value"</c> of a blast radius.</summary>
/// <param name="Field">The field every target must have.</param>
/// <param name="Value">The value it must equal.</param>
/// <param name="Span">Where the scope is declared.</param>
public sealed record ScopeRequirement(string Field, string Value, SourceSpan Span);
