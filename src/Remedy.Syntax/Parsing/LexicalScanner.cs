using System.Collections.Immutable;
using Antlr4.Runtime;
using Remedy.Syntax.Diagnostics;
using Remedy.Syntax.Generated;
using Remedy.Syntax.Tree;

namespace Remedy.Syntax.Parsing;

/// <summary>
/// Lexes a whole text up front, reports lexical errors itself and hands the parser a
/// cleaned stream: stray characters are hidden and an unterminated string is treated as a
/// string, so one typo yields one message rather than a cascade.
/// </summary>
internal static class LexicalScanner
{
    public static (List<IToken> Tokens, ImmutableArray<Comment> Comments) Scan(string text, DiagnosticBag diagnostics, int offset)
    {
        var lexer = new RemedyLexer(new AntlrInputStream(text));
        lexer.RemoveErrorListeners();
        var tokens = new List<IToken>(text.Length / 4 + 16);
        var comments = ImmutableArray.CreateBuilder<Comment>();
        while (true)
        {
            var token = (CommonToken)lexer.NextToken();
            token.TokenIndex = tokens.Count;
            tokens.Add(token);
            if (token.Type == TokenConstants.EOF) break;
            Clean(token, diagnostics, offset, comments);
        }
        return (tokens, comments.ToImmutable());
    }

    /// <summary>Reports a token's lexical error, hides or retypes it as described above, and records it if it is a comment.</summary>
    public static void Clean(CommonToken token, DiagnosticBag diagnostics, int offset, ImmutableArray<Comment>.Builder comments)
    {
        switch (token.Type)
        {
            case RemedyLexer.ERROR_CHAR:
                diagnostics.Add(DiagnosticCatalog.UnexpectedCharacter, Span(diagnostics, token, offset), token.Text);
                token.Channel = TokenConstants.HiddenChannel;
                break;
            case RemedyLexer.UNTERMINATED_STRING:
                diagnostics.Add(DiagnosticCatalog.UnterminatedString, Span(diagnostics, token, offset));
                token.Type = RemedyLexer.STRING_LIT;
                break;
            case RemedyLexer.UNTERMINATED_BLOCK_COMMENT:
                diagnostics.Add(DiagnosticCatalog.UnterminatedComment, diagnostics.Source.GetSpan(token.StartIndex + offset, token.StartIndex + offset + 2));
                comments.Add(new Comment(CommentKind.Block, token.Text, Span(diagnostics, token, offset)));
                break;
            case RemedyLexer.LINE_COMMENT:
                comments.Add(new Comment(CommentKind.Line, token.Text, Span(diagnostics, token, offset)));
                break;
            case RemedyLexer.BLOCK_COMMENT:
                comments.Add(new Comment(CommentKind.Block, token.Text, Span(diagnostics, token, offset)));
                break;
            case RemedyLexer.DOC_COMMENT:
                comments.Add(new Comment(CommentKind.Doc, token.Text, Span(diagnostics, token, offset)));
                break;
        }
    }

    private static Text.SourceSpan Span(DiagnosticBag diagnostics, IToken token, int offset) =>
        diagnostics.Source.GetSpan(token.StartIndex + offset, token.StopIndex + 1 + offset);
}
