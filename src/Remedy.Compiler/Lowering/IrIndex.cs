using Remedy.Syntax.Text;

namespace Remedy.Compiler.Lowering;

/// <summary>An element of a list or map: <c>alert.labels["service"]</c>.</summary>
/// <param name="Target">The list or map.</param>
/// <param name="Index">The index or key.</param>
/// <param name="Missing">The value of a missing element: the element type's default.</param>
/// <param name="Span">The .remedy span.</param>
public sealed record IrIndex(IrExpression Target, IrExpression Index, IrExpression Missing, SourceSpan Span) : IrExpression(Span);
