using Remedy.Syntax.Text;

namespace Remedy.Compiler.Lowering;

/// <summary>A binary operation.</summary>
/// <param name="Operator">The operator.</param>
/// <param name="Left">The left operand.</param>
/// <param name="Right">The right operand.</param>
/// <param name="Span">The .remedy span.</param>
public sealed record IrBinary(IrBinaryOperator Operator, IrExpression Left, IrExpression Right, SourceSpan Span) : IrExpression(Span);
