using Remedy.Syntax.Text;

namespace Remedy.Compiler.Lowering;

/// <summary>A value the run kept for its handlers (null when the run stopped before computing it).</summary>
/// <param name="Local">The name it was kept under.</param>
/// <param name="Span">The .remedy span of the handler.</param>
public sealed record IrKept(string Local, SourceSpan Span) : IrExpression(Span);
