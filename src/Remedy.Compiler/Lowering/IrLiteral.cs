using Remedy.Syntax.Text;

namespace Remedy.Compiler.Lowering;

/// <summary>A literal.</summary>
/// <param name="Kind">Its kind.</param>
/// <param name="Value">A long (int, duration in ms), double (number, percent), string or bool; null for null.</param>
/// <param name="Span">The .remedy span.</param>
public sealed record IrLiteral(IrLiteralKind Kind, object? Value, SourceSpan Span) : IrExpression(Span);
