using System.Collections.Immutable;
using Remedy.Syntax.Text;

namespace Remedy.Compiler.Lowering;

/// <summary>A list literal.</summary>
/// <param name="Items">The items.</param>
/// <param name="Span">The .remedy span.</param>
public sealed record IrList(ImmutableArray<IrExpression> Items, SourceSpan Span) : IrExpression(Span);
