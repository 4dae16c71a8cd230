using System.Collections.Immutable;
using Remedy.Syntax.Text;

namespace Remedy.Compiler.Lowering;

/// <summary>A built-in function call: <c>count</c>, <c>min</c>, <c>max</c>, <c>contains</c>.</summary>
/// <param name="Function">The function.</param>
/// <param name="Arguments">The arguments.</param>
/// <param name="Span">The .remedy span.</param>
public sealed record IrBuiltin(string Function, ImmutableArray<IrExpression> Arguments, SourceSpan Span) : IrExpression(Span);
