using System.Collections.Immutable;
using Remedy.Syntax.Text;

namespace Remedy.Syntax.Tree;

/// <summary>A string, possibly with <c>${expr}</c> interpolations.</summary>
/// <param name="Parts">Its text and interpolated parts, in order.</param>
/// <param name="RawText">The literal as written, quotes included.</param>
/// <param name="Span">Where it is.</param>
public sealed record StringLiteral(ImmutableArray<StringPart> Parts, string RawText, SourceSpan Span) : Expression(Span)
{
    /// <summary>Whether the string has no interpolation, so its value is known.</summary>
    public bool IsConstant => Parts.All(p => p is StringTextPart);

    /// <summary>The value of a constant string (interpolations contribute nothing).</summary>
    public string Value => string.Concat(Parts.OfType<StringTextPart>().Select(p => p.Text));

    /// <inheritdoc />
    public override IEnumerable<SyntaxNode> ChildNodes() => Parts;
}
