using Remedy.Syntax.Text;
using Remedy.Syntax.Language;

namespace Remedy.Syntax.Tree;

/// <summary><c>risk low</c>: how much harm an action can do if it goes wrong.</summary>
/// <param name="Risk">The risk level as written; see <see cref="Value"/>.</param>
/// <param name="Span">Where it is.</param>
public sealed record RiskClause(Identifier Risk, SourceSpan Span) : SyntaxNode(Span), IActionClause
{
    /// <summary>The risk level, or null when the word is not a known level (the parser reported it).</summary>
    public RiskLevel? Value => LanguageNames.ParseRisk(Risk.Name);

    /// <inheritdoc />
    public override IEnumerable<SyntaxNode> ChildNodes() => Present(Risk);
}
