using System.Collections.Frozen;
using Antlr4.Runtime;
using Antlr4.Runtime.Misc;
using Remedy.Syntax.Diagnostics;
using Remedy.Syntax.Generated;
using Remedy.Syntax.Text;

namespace Remedy.Syntax.Parsing;

/// <summary>
/// ANTLR's recovery (single-token insertion and deletion, resynchronisation at rule
/// boundaries) with our own messages: what was expected, in which construct, and what an
/// unclosed bracket should close. Never ANTLR's "mismatched input ... expecting {...}".
/// </summary>
/// <param name="diagnostics">Where messages go.</param>
/// <param name="offset">Where the parsed text starts in the file (non-zero inside an interpolation).</param>
/// <param name="endOfInput">How to call the end of the parsed text: the file, or an interpolation.</param>
internal sealed class RemedyErrorStrategy(DiagnosticBag diagnostics, int offset, string endOfInput) : DefaultErrorStrategy
{
    private static readonly FrozenSet<int> StructuralKeywords =
    new HashSet<int>([
        RemedyLexer.RESOURCE, RemedyLexer.QUERY, RemedyLexer.ACTION, RemedyLexer.PLAYBOOK, RemedyLexer.SIMULATION,
        RemedyLexer.TRIGGER, RemedyLexer.AUTONOMY, RemedyLexer.PROMOTE, RemedyLexer.BLAST_RADIUS, RemedyLexer.CIRCUIT_BREAKER,
        RemedyLexer.RATE_LIMIT, RemedyLexer.STEP, RemedyLexer.VERIFY, RemedyLexer.CHOOSE, RemedyLexer.OPTION, RemedyLexer.ON,
    ]).ToFrozenSet();

    private static readonly (int Opener, int Closer)[] Brackets =
        [(RemedyLexer.LBRACE, RemedyLexer.RBRACE), (RemedyLexer.LPAREN, RemedyLexer.RPAREN), (RemedyLexer.LBRACK, RemedyLexer.RBRACK)];

    /// <summary>
    /// Stays inside a loop when its first iteration starts with a stray token, as ANTLR already
    /// does for later iterations: a typo in the first clause of a block must not end the block.
    /// </summary>
    public override void Sync(Parser recognizer)
    {
        var state = recognizer.Interpreter.atn.states[recognizer.State];
        if (!InErrorRecoveryMode(recognizer) && state.StateType == Antlr4.Runtime.Atn.StateType.StarLoopEntry)
        {
            var next = recognizer.Atn.NextTokens(state);
            var la = ((ITokenStream)recognizer.InputStream).LA(1);
            if (!next.Contains(la) && !next.Contains(TokenConstants.EPSILON))
            {
                if (SingleTokenDeletion(recognizer) is not null) return;
                ReportUnwantedToken(recognizer);
                ConsumeUntil(recognizer, recognizer.GetExpectedTokens().Or(GetErrorRecoverySet(recognizer)));
                return;
            }
        }
        base.Sync(recognizer);
    }

    protected override void ReportMissingToken(Parser recognizer)
    {
        if (InErrorRecoveryMode(recognizer)) return;
        BeginErrorCondition(recognizer);
        var previous = PreviousVisibleToken(recognizer);
        Report(DiagnosticCatalog.ExpectedToken, AfterToken(previous, recognizer.CurrentToken), MissingMessage(recognizer, GetExpectedTokens(recognizer), previous));
    }

    protected override void ReportUnwantedToken(Parser recognizer)
    {
        if (InErrorRecoveryMode(recognizer)) return;
        BeginErrorCondition(recognizer);
        ReportUnexpected(recognizer, recognizer.CurrentToken, GetExpectedTokens(recognizer));
    }

    protected override void ReportInputMismatch(Parser recognizer, InputMismatchException e) =>
        ReportUnexpected(recognizer, e.OffendingToken, e.GetExpectedTokens());

    protected override void ReportNoViableAlternative(Parser recognizer, NoViableAltException e) =>
        ReportUnexpected(recognizer, e.OffendingToken, e.GetExpectedTokens());

    protected override void ReportFailedPredicate(Parser recognizer, FailedPredicateException e) =>
        ReportUnexpected(recognizer, e.OffendingToken, e.GetExpectedTokens());

    private void ReportUnexpected(Parser recognizer, IToken token, IntervalSet expected)
    {
        var previous = PreviousVisibleToken(recognizer);
        if (token.Type == TokenConstants.EOF)
        {
            // Running out of input inside a construct is a missing closer, said at the end of the text.
            Report(DiagnosticCatalog.ExpectedToken, AfterToken(previous, token), EndOfInputMessage(recognizer, expected));
            return;
        }
        if (StructuralKeywords.Contains(token.Type) && expected.Contains(RemedyLexer.RBRACE) &&
            ParseContextDescriber.FindOpenConstruct(recognizer.Context, RemedyLexer.LBRACE, RemedyLexer.RBRACE) is { } open)
        {
            Report(DiagnosticCatalog.ExpectedToken, AfterToken(previous, token),
                $"expected '}}' to close {open.What} opened at {Position(open.Start)} before '{token.Text}'");
            return;
        }
        Report(DiagnosticCatalog.UnexpectedToken, TokenSpan(token), UnexpectedMessage(recognizer, token, expected));
    }

    private string EndOfInputMessage(Parser recognizer, IntervalSet expected)
    {
        foreach (var (opener, closer) in Brackets)
        {
            if (ParseContextDescriber.FindOpenConstruct(recognizer.Context, opener, closer) is { } open)
                return $"expected '{Closer(closer)}' to close {open.What} opened at {Position(open.Start)}";
        }
        var what = TokenDescriber.DescribeExpected(expected) ?? ParseContextDescriber.DescribeExpectation(recognizer.Context) ?? "more input";
        return $"{endOfInput} comes too early; expected {what}";
    }

    private string MissingMessage(Parser recognizer, IntervalSet expected, IToken? previous)
    {
        foreach (var (opener, closer) in Brackets)
        {
            if (!expected.Contains(closer)) continue;
            if (ParseContextDescriber.FindOpenConstruct(recognizer.Context, opener, closer) is { } open)
                return $"expected '{Closer(closer)}' to close {open.What} opened at {Position(open.Start)}";
        }
        var what = TokenDescriber.DescribeExpected(expected) ?? ParseContextDescriber.DescribeExpectation(recognizer.Context) ?? "more input";
        return previous is null ? $"expected {what}" : $"expected {what} after {TokenDescriber.DescribeFound(previous)}";
    }

    private static string UnexpectedMessage(Parser recognizer, IToken token, IntervalSet expected)
    {
        var found = TokenDescriber.DescribeFound(token);
        var where = ParseContextDescriber.DescribeEnclosing(recognizer.Context);
        var what = TokenDescriber.DescribeExpected(expected) ?? ParseContextDescriber.DescribeExpectation(recognizer.Context);
        if (TokenDescriber.IsKeyword(token.Type) && what == "a name")
            return $"'{token.Text}' is a keyword and cannot be used as a name here; choose another name";
        var message = $"unexpected {found}";
        if (where is not null) message += $" in {where}";
        if (what is not null) message += $"; expected {what}";
        if (token.Type == RemedyLexer.IDENTIFIER)
            message += NameSuggestions.Hint(token.Text, TokenDescriber.ExpectedKeywords(expected));
        return message;
    }

    private void Report(DiagnosticDescriptor descriptor, SourceSpan span, string message)
    {
        if (diagnostics.HasLexicalErrorOnLine(span.Line)) return;
        diagnostics.Add(descriptor, span, message);
    }

    private static string Closer(int type) => TokenDescriber.Describe(type).Trim('\'');

    private string Position(IToken token)
    {
        var (line, column) = diagnostics.Source.GetLineColumn(token.StartIndex + offset);
        return $"{line}:{column}";
    }

    private static IToken? PreviousVisibleToken(Parser recognizer)
    {
        var stream = (ITokenStream)recognizer.InputStream;
        for (var i = stream.Index - 1; i >= 0; i--)
        {
            var t = stream.Get(i);
            if (t.Channel == TokenConstants.DefaultChannel) return t;
        }
        return null;
    }

    /// <summary>A missing token is reported just after the token before it, where it belongs.</summary>
    private SourceSpan AfterToken(IToken? previous, IToken current) =>
        previous is null ? TokenSpan(current) : Zero(previous.StopIndex + 1);

    private SourceSpan TokenSpan(IToken token) =>
        token.Type == TokenConstants.EOF
            ? Zero(token.StartIndex)
            : diagnostics.Source.GetSpan(token.StartIndex + offset, token.StopIndex + 1 + offset);

    private SourceSpan Zero(int at) => diagnostics.Source.GetSpan(at + offset, at + offset);
}
