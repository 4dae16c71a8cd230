using Remedy.Syntax.Text;
using Remedy.Syntax.Language;

namespace Remedy.Syntax.Tree;

/// <summary><c>effect mutating</c>: what an action does to the world.</summary>
/// <param name="Effect">The effect as written; see <see cref="Value"/>.</param>
/// <param name="Span">Where it is.</param>
public sealed record EffectClause(Identifier Effect, SourceSpan Span) : SyntaxNode(Span), IActionClause
{
    /// <summary>The effect, or null when the word is not a known effect (the parser reported it).</summary>
    public EffectKind? Value => LanguageNames.ParseEffect(Effect.Name);

    /// <inheritdoc />
    public override IEnumerable<SyntaxNode> ChildNodes() => Present(Effect);
}
