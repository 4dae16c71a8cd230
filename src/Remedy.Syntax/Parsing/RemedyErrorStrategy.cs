using Antlr4.Runtime;
using Remedy.Syntax.Diagnostics;
using Remedy.Syntax.Generated;

namespace Remedy.Syntax.Parsing;

/// <summary>
/// ANTLR's recovery (single-token insertion and deletion, resynchronisation at rule
/// boundaries) with our own messages: what was expected, in which construct, and what an
/// unclosed bracket should close. Never ANTLR's "mismatched input ... expecting {...}".
/// </summary>
internal sealed class RemedyErrorStrategy(DiagnosticBag diagnostics, int offset) : DefaultErrorStrategy
{
    protected override void ReportMissingToken(Parser recognizer)
    {
        if (InErrorRecoveryMode(recognizer)) return;
        BeginErrorCondition(recognizer);
        var expected = GetExpectedTokens(recognizer);
        var previous = PreviousVisibleToken(recognizer);
        var message = MissingMessage(recognizer, expected, previous);
        var at = previous is null ? Zero(recognizer.CurrentToken.StartIndex) : Zero(previous.StopIndex + 1);
        diagnostics.Add(DiagnosticCatalog.ExpectedToken, at, message);
    }

    protected override void ReportUnwantedToken(Parser recognizer)
    {
        if (InErrorRecoveryMode(recognizer)) return;
        BeginErrorCondition(recognizer);
        var token = recognizer.CurrentToken;
        diagnostics.Add(DiagnosticCatalog.UnexpectedToken, TokenSpan(token), UnexpectedMessage(recognizer, token, GetExpectedTokens(recognizer)));
    }

    protected override void ReportInputMismatch(Parser recognizer, InputMismatchException e)
    {
        var token = e.OffendingToken;
        var expected = e.GetExpectedTokens();
        if (expected.Contains(RemedyLexer.RBRACE) && token.Type == TokenConstants.EOF)
        {
            var previous = PreviousVisibleToken(recognizer);
            diagnostics.Add(DiagnosticCatalog.ExpectedToken, previous is null ? TokenSpan(token) : Zero(previous.StopIndex + 1),
                MissingMessage(recognizer, expected, previous));
            return;
        }
        diagnostics.Add(DiagnosticCatalog.UnexpectedToken, TokenSpan(token), UnexpectedMessage(recognizer, token, expected));
    }

    protected override void ReportNoViableAlternative(Parser recognizer, NoViableAltException e)
    {
        var token = e.OffendingToken;
        if (token.Type == TokenConstants.EOF)
        {
            var previous = PreviousVisibleToken(recognizer);
            var open = ParseContextDescriber.FindOpenConstruct(recognizer.Context, RemedyLexer.LBRACE, RemedyLexer.RBRACE);
            var what = ParseContextDescriber.DescribeExpectation(recognizer.Context) ?? "more input";
            var message = open is { } o
                ? $"the file ends inside {o.What} opened at {Position(o.Start)}; expected {what} or '}}'"
                : $"the file ends too early; expected {what}";
            diagnostics.Add(DiagnosticCatalog.ExpectedToken, previous is null ? TokenSpan(token) : Zero(previous.StopIndex + 1), message);
            return;
        }
        diagnostics.Add(DiagnosticCatalog.UnexpectedToken, TokenSpan(token), UnexpectedMessage(recognizer, token, e.GetExpectedTokens()));
    }

    protected override void ReportFailedPredicate(Parser recognizer, FailedPredicateException e) =>
        diagnostics.Add(DiagnosticCatalog.UnexpectedToken, TokenSpan(e.OffendingToken), UnexpectedMessage(recognizer, e.OffendingToken, e.GetExpectedTokens()));

    private string MissingMessage(Parser recognizer, Antlr4.Runtime.Misc.IntervalSet expected, IToken? previous)
    {
        foreach (var (opener, closer) in new[] { (RemedyLexer.LBRACE, RemedyLexer.RBRACE), (RemedyLexer.LPAREN, RemedyLexer.RPAREN), (RemedyLexer.LBRACK, RemedyLexer.RBRACK) })
        {
            if (!expected.Contains(closer)) continue;
            if (ParseContextDescriber.FindOpenConstruct(recognizer.Context, opener, closer) is { } open)
                return $"expected '{TokenDescriber.Describe(closer).Trim('\'')}' to close {open.What} opened at {Position(open.Start)}";
        }
        var what = TokenDescriber.DescribeExpected(expected) ?? ParseContextDescriber.DescribeExpectation(recognizer.Context) ?? "more input";
        return previous is null ? $"expected {what}" : $"expected {what} after {TokenDescriber.DescribeFound(previous)}";
    }

    private string UnexpectedMessage(Parser recognizer, IToken token, Antlr4.Runtime.Misc.IntervalSet expected)
    {
        var found = TokenDescriber.DescribeFound(token);
        var where = ParseContextDescriber.DescribeEnclosing(recognizer.Context);
        var what = TokenDescriber.DescribeExpected(expected) ?? ParseContextDescriber.DescribeExpectation(recognizer.Context);
        var message = $"unexpected {found}";
        if (where is not null) message += $" in {where}";
        if (what is not null) message += $"; expected {what}";
        return message;
    }

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

    private Text.SourceSpan TokenSpan(IToken token) =>
        token.Type == TokenConstants.EOF
            ? Zero(token.StartIndex)
            : diagnostics.Source.GetSpan(token.StartIndex + offset, token.StopIndex + 1 + offset);

    private Text.SourceSpan Zero(int at) => diagnostics.Source.GetSpan(at + offset, at + offset);
}
