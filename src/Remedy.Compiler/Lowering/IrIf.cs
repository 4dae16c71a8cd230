using System.Collections.Immutable;
using Remedy.Syntax.Text;

namespace Remedy.Compiler.Lowering;

/// <summary><c>if c { } else { }</c> (an <c>else if</c> is an <c>if</c> in the else branch).</summary>
/// <param name="Condition">The condition.</param>
/// <param name="Then">The statements when it holds.</param>
/// <param name="Else">The statements otherwise (empty when none).</param>
/// <param name="Span">The .remedy span.</param>
public sealed record IrIf(IrExpression Condition, ImmutableArray<IrNode> Then, ImmutableArray<IrNode> Else, SourceSpan Span) : IrNode(Span);
