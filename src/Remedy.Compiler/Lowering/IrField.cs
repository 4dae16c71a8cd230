using Remedy.Syntax.Text;

namespace Remedy.Compiler.Lowering;

/// <summary>A field of a record: <c>pod.ready</c>.</summary>
/// <param name="Target">The record.</param>
/// <param name="Name">The field.</param>
/// <param name="Span">The .remedy span.</param>
public sealed record IrField(IrExpression Target, string Name, SourceSpan Span) : IrExpression(Span);
