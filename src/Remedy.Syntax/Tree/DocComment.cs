using Remedy.Syntax.Text;

namespace Remedy.Syntax.Tree;

/// <summary>The <c>///</c> lines documenting the declaration that follows them.</summary>
/// <param name="Text">The documentation, one line per source line, without the slashes.</param>
/// <param name="Span">Where the comment lines are.</param>
public sealed record DocComment(string Text, SourceSpan Span);
