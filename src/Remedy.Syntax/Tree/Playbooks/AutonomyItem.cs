using Remedy.Syntax.Text;
using Remedy.Syntax.Language;

namespace Remedy.Syntax.Tree;

/// <summary><c>autonomy supervised</c>: how far the playbook may act without a human.</summary>
/// <param name="Level">The level as written; see <see cref="Value"/>.</param>
/// <param name="Span">Where it is.</param>
public sealed record AutonomyItem(Identifier Level, SourceSpan Span) : SyntaxNode(Span), IPlaybookMember
{
    /// <summary>The level, or null when the word is not a known level (the parser reported it).</summary>
    public AutonomyLevel? Value => LanguageNames.ParseAutonomy(Level.Name);

    /// <inheritdoc />
    public override IEnumerable<SyntaxNode> ChildNodes() => Present(Level);
}
