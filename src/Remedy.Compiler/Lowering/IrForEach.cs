using System.Collections.Immutable;
using Remedy.Syntax.Text;

namespace Remedy.Compiler.Lowering;

/// <summary><c>for x in xs [batch n] [pause d] { ... }</c>.</summary>
/// <param name="Variable">The C# name of the loop variable.</param>
/// <param name="Source">The list.</param>
/// <param name="Targets">When the body acts: the target declaration; null for a loop that only reads.</param>
/// <param name="Batch">The batch size, or null (one at a time).</param>
/// <param name="Pause">The pause between batches, or null.</param>
/// <param name="Body">The statements.</param>
/// <param name="Span">The .remedy span.</param>
public sealed record IrForEach(string Variable, IrExpression Source, IrTargets? Targets, IrExpression? Batch, IrExpression? Pause, ImmutableArray<IrNode> Body, SourceSpan Span) : IrNode(Span);
