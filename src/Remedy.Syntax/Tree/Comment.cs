using Remedy.Syntax.Text;

namespace Remedy.Syntax.Tree;

/// <summary>A comment in the source, kept beside the tree so that formatting loses none.</summary>
/// <param name="Kind">Line, block or doc comment.</param>
/// <param name="Text">The comment's full text, including its delimiters.</param>
/// <param name="Span">Where the comment is.</param>
public sealed record Comment(CommentKind Kind, string Text, SourceSpan Span);
