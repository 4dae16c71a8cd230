using Remedy.Syntax.Text;

namespace Remedy.Compiler.Semantics;

/// <summary>One place that declares or refers to a symbol.</summary>
/// <param name="Path">The file.</param>
/// <param name="Span">The identifier.</param>
/// <param name="IsDeclaration">Whether this is the declaration.</param>
public sealed record SymbolReference(string Path, Remedy.Syntax.Text.SourceSpan Span, bool IsDeclaration);
