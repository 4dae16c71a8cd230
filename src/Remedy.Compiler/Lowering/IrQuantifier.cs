using Remedy.Syntax.Text;

namespace Remedy.Compiler.Lowering;

/// <summary><c>all x in xs: c</c> or <c>any x in xs: c</c>.</summary>
/// <param name="All">True for <c>all</c>.</param>
/// <param name="Source">The list.</param>
/// <param name="Variable">The C# name of the variable.</param>
/// <param name="Condition">The condition.</param>
/// <param name="Span">The .remedy span.</param>
public sealed record IrQuantifier(bool All, IrExpression Source, string Variable, IrExpression Condition, SourceSpan Span) : IrExpression(Span);
