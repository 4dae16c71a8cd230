using System.Collections.Frozen;
using Antlr4.Runtime;
using Antlr4.Runtime.Misc;
using Remedy.Syntax.Generated;

namespace Remedy.Syntax.Parsing;

/// <summary>Words for tokens and sets of tokens, as a person reads them in a message.</summary>
internal static class TokenDescriber
{
    private static readonly int[] ExpressionStarts =
    [
        RemedyLexer.INT_LIT, RemedyLexer.NUMBER_LIT, RemedyLexer.DURATION_LIT, RemedyLexer.PERCENT_LIT,
        RemedyLexer.STRING_LIT, RemedyLexer.TRUE, RemedyLexer.FALSE, RemedyLexer.LPAREN, RemedyLexer.LBRACK,
        RemedyLexer.MINUS, RemedyLexer.NOT, RemedyLexer.ALL, RemedyLexer.ANY,
    ];

    private static readonly int[] LiteralTokens =
    [
        RemedyLexer.INT_LIT, RemedyLexer.NUMBER_LIT, RemedyLexer.DURATION_LIT, RemedyLexer.PERCENT_LIT,
        RemedyLexer.STRING_LIT, RemedyLexer.TRUE, RemedyLexer.FALSE,
    ];

    /// <summary>Token types the grammar accepts wherever it accepts a name.</summary>
    public static readonly FrozenSet<int> SoftKeywords = ComputeSoftKeywords().ToFrozenSet();

    /// <summary>Describes one token kind: <c>'playbook'</c>, <c>a name</c>, <c>a string</c>.</summary>
    public static string Describe(int type) => type switch
    {
        TokenConstants.EOF => "the end of the file",
        RemedyLexer.IDENTIFIER => "a name",
        RemedyLexer.STRING_LIT or RemedyLexer.UNTERMINATED_STRING => "a string",
        RemedyLexer.INT_LIT => "an integer",
        RemedyLexer.NUMBER_LIT => "a number",
        RemedyLexer.DURATION_LIT => "a duration",
        RemedyLexer.PERCENT_LIT => "a percentage",
        RemedyLexer.ERROR_CHAR => "a character",
        _ => RemedyLexer.DefaultVocabulary.GetLiteralName(type) ?? RemedyLexer.DefaultVocabulary.GetSymbolicName(type) ?? "a token",
    };

    /// <summary>Describes the token actually found: <c>'}'</c>, <c>the name 'foo'</c>, <c>the end of the file</c>.</summary>
    public static string DescribeFound(IToken token) => token.Type switch
    {
        TokenConstants.EOF => "the end of the file",
        RemedyLexer.IDENTIFIER => $"name '{token.Text}'",
        RemedyLexer.STRING_LIT or RemedyLexer.UNTERMINATED_STRING => $"string {Shorten(token.Text)}",
        RemedyLexer.INT_LIT or RemedyLexer.NUMBER_LIT => $"number {token.Text}",
        RemedyLexer.DURATION_LIT => $"duration {token.Text}",
        RemedyLexer.PERCENT_LIT => $"percentage {token.Text}",
        _ => $"'{token.Text}'",
    };

    /// <summary>Whether the token type is a keyword (a word with a fixed spelling).</summary>
    public static bool IsKeyword(int type) =>
        RemedyLexer.DefaultVocabulary.GetLiteralName(type) is { } literal && char.IsAsciiLetter(literal[1]);

    /// <summary>The keywords in a set of expected tokens, as written.</summary>
    public static IEnumerable<string> ExpectedKeywords(IntervalSet expected) =>
        expected.ToList().Where(IsKeyword)
            .Select(t => RemedyLexer.DefaultVocabulary.GetLiteralName(t)!.Trim('\''));

    /// <summary>
    /// Describes what the parser expected, collapsing keywords that double as names into
    /// "a name" and expression starts into "an expression". Returns null when the set is too
    /// large to list usefully, so the caller describes the construct instead.
    /// </summary>
    public static string? DescribeExpected(IntervalSet expected)
    {
        var types = expected.ToList().ToHashSet();
        var words = new List<string>();
        var isExpression = ExpressionStarts.All(types.Contains) && types.Contains(RemedyLexer.IDENTIFIER);
        var isLiteral = !isExpression && LiteralTokens.All(types.Contains);
        if (isExpression)
        {
            types.ExceptWith(ExpressionStarts);
            // '{' starts a map literal: part of "an expression", not worth listing apart.
            types.Remove(RemedyLexer.LBRACE);
        }
        if (isLiteral) types.ExceptWith(LiteralTokens);
        var isName = types.Contains(RemedyLexer.IDENTIFIER);
        if (isName)
        {
            types.ExceptWith(SoftKeywords);
            types.Remove(RemedyLexer.IDENTIFIER);
        }
        words.AddRange(types.Order().Select(Describe));
        if (isExpression) words.Add("an expression");
        else if (isLiteral) words.Add("a value");
        else if (isName) words.Add("a name");
        if (words.Count == 0 || words.Count > 5) return null;
        return words.Count == 1 ? words[0] : string.Join(", ", words.Take(words.Count - 1)) + " or " + words[^1];
    }

    private static string Shorten(string text) => text.Length <= 24 ? text : text[..20] + "...\"";

    private static HashSet<int> ComputeSoftKeywords()
    {
        // The 'identifier' rule's alternatives are exactly the soft keywords plus IDENTIFIER.
        var set = new HashSet<int>();
        var atn = RemedyParser._ATN;
        var start = atn.ruleToStartState[RemedyParser.RULE_identifier];
        var following = atn.NextTokens(start);
        foreach (var t in following.ToList())
            if (t != RemedyLexer.IDENTIFIER) set.Add(t);
        return set;
    }
}
