using Remedy.Syntax.Text;

namespace Remedy.Compiler.Lowering;

/// <summary>Binds a local: <c>let x = e</c>, or a list's source hoisted so its population can be counted.</summary>
/// <param name="Local">The C# name.</param>
/// <param name="Value">The value.</param>
/// <param name="Span">The .remedy span.</param>
public sealed record IrLet(string Local, IrExpression Value, SourceSpan Span) : IrNode(Span);
