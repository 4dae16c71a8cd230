using Remedy.Syntax.Text;

namespace Remedy.Compiler.Lowering;

/// <summary><c>wait d</c>.</summary>
/// <param name="Duration">The duration.</param>
/// <param name="Span">The .remedy span.</param>
public sealed record IrWait(IrExpression Duration, SourceSpan Span) : IrNode(Span);
