using Remedy.Syntax.Text;

namespace Remedy.Compiler.Lowering;

/// <summary>A pipeline stage over a list.</summary>
/// <param name="Kind">The stage.</param>
/// <param name="Source">The list.</param>
/// <param name="Parameter">The C# name of <c>it</c> (unused by <c>take</c>).</param>
/// <param name="Argument">The condition, count, key or projection.</param>
/// <param name="Descending">For <c>sort by</c>: descending order.</param>
/// <param name="Span">The .remedy span.</param>
public sealed record IrPipe(IrPipeKind Kind, IrExpression Source, string Parameter, IrExpression Argument, bool Descending, SourceSpan Span) : IrExpression(Span);
