using Remedy.Syntax.Text;

namespace Remedy.Syntax.Tree;

/// <summary><c>outcome restart success 80% recovery 90s [when cond]</c>: how an option fares in the sandbox.</summary>
/// <param name="Option">The option.</param>
/// <param name="Success">Its success rate.</param>
/// <param name="Recovery">Its time to recover.</param>
/// <param name="Condition">When this outcome applies, if conditional.</param>
/// <param name="Span">Where it is.</param>
public sealed record OutcomeItem(Identifier Option, Expression Success, Expression Recovery, Expression? Condition, SourceSpan Span) : SimulationItem(Span)
{
    /// <inheritdoc />
    public override IEnumerable<SyntaxNode> ChildNodes() => Present(Option, Success, Recovery, Condition);
}
