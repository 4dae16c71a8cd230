using Remedy.Syntax.Text;

namespace Remedy.Compiler.Lowering;

/// <summary>The triggering alert (the run's input).</summary>
/// <param name="Span">The .remedy span.</param>
public sealed record IrAlert(SourceSpan Span) : IrExpression(Span);
