using Remedy.Syntax.Text;

namespace Remedy.Compiler.Lowering;

/// <summary><c>notify "channel" "text"</c> or <c>escalate "channel"</c>.</summary>
/// <param name="Escalate">True for <c>escalate</c>.</param>
/// <param name="Channel">The channel.</param>
/// <param name="Text">The text.</param>
/// <param name="Span">The .remedy span.</param>
public sealed record IrNotify(bool Escalate, IrExpression Channel, IrExpression Text, SourceSpan Span) : IrNode(Span);
