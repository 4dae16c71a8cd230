using Remedy.Syntax.Text;

namespace Remedy.Compiler.Lowering;

/// <summary><c>not a</c> or <c>-a</c>.</summary>
/// <param name="Negate">True for <c>-a</c>, false for <c>not a</c>.</param>
/// <param name="Operand">The operand.</param>
/// <param name="Span">The .remedy span.</param>
public sealed record IrUnary(bool Negate, IrExpression Operand, SourceSpan Span) : IrExpression(Span);
