using System.Collections.Immutable;
using Remedy.Syntax.Text;

namespace Remedy.Compiler.Lowering;

/// <summary>A string with <c>${...}</c> parts.</summary>
/// <param name="Parts">Literal text (string literals) and values, in order.</param>
/// <param name="Span">The .remedy span.</param>
public sealed record IrInterpolation(ImmutableArray<IrExpression> Parts, SourceSpan Span) : IrExpression(Span);
