using System.Collections.Immutable;
using Remedy.Syntax.Text;

namespace Remedy.Compiler.Lowering;

/// <summary>A map literal.</summary>
/// <param name="Keys">The keys, in order.</param>
/// <param name="Values">The values, in the same order.</param>
/// <param name="Span">The .remedy span.</param>
public sealed record IrMap(ImmutableArray<IrExpression> Keys, ImmutableArray<IrExpression> Values, SourceSpan Span) : IrExpression(Span);
