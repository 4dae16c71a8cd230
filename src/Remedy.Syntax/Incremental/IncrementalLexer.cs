using System.Collections.Immutable;
using Antlr4.Runtime;
using Remedy.Syntax.Generated;
using Remedy.Syntax.Parsing;
using Remedy.Syntax.Tree;

namespace Remedy.Syntax.Incremental;

/// <summary>
/// Lexes only around an edit. The lexer has no modes, so its state between two tokens is just the
/// position: lexing restarts at an old token well before the edit (the tokens before it are kept,
/// as the lexer's lookahead never reaches that far) and stops at the first token after the edit that
/// starts where an old token started and lexes the same; from there the old tokens, comments and
/// lexical diagnostics are moved by the edit. The result equals lexing the whole new text.
/// </summary>
internal static class IncrementalLexer
{
    // How far before the edit lexing restarts: far beyond the lexer's longest lookahead (a few characters).
    private const int RestartMargin = 64;
    private const int RestartTokens = 4;

    public static (List<IToken> Tokens, ImmutableArray<Comment> Comments)? TryRelex(SyntaxTree previous, IncrementalState state, string text, DiagnosticBag diagnostics)
    {
        var old = state.Lexed;
        var oldText = previous.Source.Text;
        var edit = TextEdit.Between(oldText, text);

        var restart = LastTokenEndingBefore(old, edit.Start - RestartMargin) - RestartTokens;
        if (restart <= 0) return null;
        var restartToken = old[restart];

        var input = new AntlrInputStream(text);
        var lexer = new RemedyLexer(input);
        lexer.RemoveErrorListeners();
        input.Seek(restartToken.StartIndex);
        lexer.Line = restartToken.Line;
        lexer.Column = restartToken.Column;

        var tokens = new List<IToken>(old.Count + 16);
        for (var i = 0; i < restart; i++) tokens.Add(old[i]);
        var comments = ImmutableArray.CreateBuilder<Comment>(previous.Comments.Length + 4);
        foreach (var comment in previous.Comments)
            if (comment.Span.Start < restartToken.StartIndex) comments.Add(comment);
        foreach (var diagnostic in state.LexicalDiagnostics)
            if (diagnostic.Span.Start < restartToken.StartIndex) diagnostics.AddExisting(diagnostic);

        // ANTLR counts lines by '\n' alone; the spans of comments and diagnostics count as SourceText does.
        var tokenLineDelta = text.AsSpan(edit.Start, edit.NewEnd - edit.Start).Count('\n') - oldText.AsSpan(edit.Start, edit.OldEnd - edit.Start).Count('\n');
        var shifter = new SpanShifter(edit.Delta, diagnostics.Source.LineCount - previous.Source.LineCount);
        var source = Tuple.Create((ITokenSource)lexer, (ICharStream)input);
        while (true)
        {
            var token = (CommonToken)lexer.NextToken();
            if (token.Type != TokenConstants.EOF && token.StartIndex >= edit.NewEnd && Resumes(old, oldText, edit, token) is var resume and >= 0)
            {
                var from = old[resume].StartIndex;
                for (var i = resume; i < old.Count; i++)
                {
                    var moved = old[i];
                    tokens.Add(new CommonToken(source, moved.Type, moved.Channel, moved.StartIndex + edit.Delta, moved.StopIndex + edit.Delta)
                    {
                        Line = moved.Line + tokenLineDelta,
                        Column = moved.Column,
                        TokenIndex = tokens.Count,
                    });
                }
                foreach (var comment in previous.Comments)
                    if (comment.Span.Start >= from) comments.Add(comment with { Span = shifter.Shift(comment.Span) });
                foreach (var diagnostic in state.LexicalDiagnostics)
                    if (diagnostic.Span.Start >= from) diagnostics.AddExisting(shifter.Shift(diagnostic));
                return (tokens, comments.ToImmutable());
            }
            token.TokenIndex = tokens.Count;
            tokens.Add(token);
            if (token.Type == TokenConstants.EOF) return (tokens, comments.ToImmutable());
            LexicalScanner.Clean(token, diagnostics, 0, comments);
        }
    }

    /// <summary>
    /// The index of the old token that <paramref name="token"/> (lexed after the edit) repeats, moved,
    /// so that lexing can stop; -1 if none. Only an ordinary token on a line after the edit counts,
    /// so the tokens and spans moved from there keep their columns.
    /// </summary>
    private static int Resumes(IReadOnlyList<IToken> old, string oldText, TextEdit edit, CommonToken token)
    {
        if (token.Type is RemedyLexer.ERROR_CHAR or RemedyLexer.UNTERMINATED_STRING or RemedyLexer.UNTERMINATED_BLOCK_COMMENT) return -1;
        var oldStart = token.StartIndex - edit.Delta;
        var index = FindByStart(old, oldStart);
        if (index < 0) return -1;
        var match = old[index];
        if (match.Type != token.Type || match.StopIndex + edit.Delta != token.StopIndex || match.Channel != token.Channel) return -1;
        return oldText.AsSpan(edit.OldEnd, oldStart - edit.OldEnd).Contains('\n') ? index : -1;
    }

    private static int FindByStart(IReadOnlyList<IToken> tokens, int start)
    {
        int low = 0, high = tokens.Count - 1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            var at = tokens[middle].StartIndex;
            if (at == start) return middle;
            if (at < start) low = middle + 1;
            else high = middle - 1;
        }
        return -1;
    }

    private static int LastTokenEndingBefore(IReadOnlyList<IToken> tokens, int offset)
    {
        int low = 0, high = tokens.Count - 1, found = -1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            if (tokens[middle].StopIndex < offset) { found = middle; low = middle + 1; }
            else high = middle - 1;
        }
        return found;
    }
}
