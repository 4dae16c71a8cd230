using System.Collections.Immutable;
using Remedy.Syntax.Text;

namespace Remedy.Compiler.Lowering;

/// <summary><c>verify within w every e { c... }</c>: polled until every condition holds at once.</summary>
/// <param name="Name">The verification's name in the journal.</param>
/// <param name="Conditions">The conditions.</param>
/// <param name="Within">The window.</param>
/// <param name="Every">The polling interval.</param>
/// <param name="Span">The .remedy span.</param>
public sealed record IrVerify(string Name, ImmutableArray<IrExpression> Conditions, IrExpression Within, IrExpression Every, SourceSpan Span) : IrNode(Span);
