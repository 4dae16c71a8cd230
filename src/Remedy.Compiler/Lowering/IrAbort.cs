using Remedy.Syntax.Text;

namespace Remedy.Compiler.Lowering;

/// <summary><c>abort "m"</c>.</summary>
/// <param name="Message">The message.</param>
/// <param name="Span">The .remedy span.</param>
public sealed record IrAbort(IrExpression Message, SourceSpan Span) : IrNode(Span);
