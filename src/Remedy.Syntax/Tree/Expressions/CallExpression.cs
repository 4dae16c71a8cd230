using System.Collections.Immutable;
using Remedy.Syntax.Text;

namespace Remedy.Syntax.Tree;

/// <summary><c>callee(args)</c>: a query, action or built-in function call.</summary>
/// <param name="Callee">What is called.</param>
/// <param name="Arguments">The arguments.</param>
/// <param name="Span">Where it is.</param>
public sealed record CallExpression(Expression Callee, ImmutableArray<Argument> Arguments, SourceSpan Span) : Expression(Span)
{
    /// <inheritdoc />
    public override IEnumerable<SyntaxNode> ChildNodes() => Present(Callee).Concat(Arguments);
}
