using Remedy.Syntax.Text;

namespace Remedy.Compiler.Lowering;

/// <summary>A statement with nothing to execute, kept as a comment (e.g. <c>rollback</c> in <c>on failure</c>).</summary>
/// <param name="Text">The comment.</param>
/// <param name="Span">The .remedy span.</param>
public sealed record IrComment(string Text, SourceSpan Span) : IrNode(Span);
