using Remedy.Syntax.Text;
using Remedy.Syntax.Language;

namespace Remedy.Syntax.Tree;

/// <summary><c>promote to autonomous after 20 runs when success_rate &gt;= 95%</c>: progressive autonomy.</summary>
/// <param name="Level">The level to promote to; see <see cref="Value"/>.</param>
/// <param name="Runs">How many recorded runs are needed first.</param>
/// <param name="Condition">The condition on the recorded outcomes, if any.</param>
/// <param name="Span">Where it is.</param>
public sealed record PromoteItem(Identifier Level, Expression Runs, Expression? Condition, SourceSpan Span) : SyntaxNode(Span), IPlaybookMember
{
    /// <summary>The target level, or null when the word is not a known level (the parser reported it).</summary>
    public AutonomyLevel? Value => LanguageNames.ParseAutonomy(Level.Name);

    /// <inheritdoc />
    public override IEnumerable<SyntaxNode> ChildNodes() => Present(Level, Runs, Condition);
}
