using System.Collections.Immutable;
using Antlr4.Runtime;
using Antlr4.Runtime.Misc;
using Remedy.Syntax.Parsing;
using Remedy.Syntax.Tree;

namespace Remedy.Syntax.Incremental;

/// <summary>
/// Re-parses only the top-level declarations an edit touched. The new text is lexed whole (cheap)
/// and compared with the old tokens: the declarations that lie, with the token after them, in the
/// unchanged run of tokens before the edit are reused as they are; those in the unchanged run after
/// it are moved by the edit's length (and line count). Everything between is parsed again, one
/// declaration at a time, exactly as a parse from the top would parse it: a declaration's parse
/// depends only on its own tokens and the next one, and its doc comment only on the tokens before
/// it back to the previous declaration.
/// </summary>
internal static class IncrementalReparser
{
    /// <summary>
    /// Returns the new file, or null when nothing could be reused (an edit to the module or imports)
    /// or the new text has a syntax error (<paramref name="failedOnSyntax"/>), which needs full recovery.
    /// </summary>
    public static FastParse? TryReparse(SyntaxTree previous, IncrementalState state, List<IToken> tokens, SyntaxBuilder builder, out bool failedOnSyntax)
    {
        failedOnSyntax = false;
        var oldText = previous.Source.Text;
        var newText = builder.Text;
        var old = state.Tokens;
        var delta = newText.Length - oldText.Length;

        // The characters the edit left alone at both ends...
        var edit = TextEdit.Between(oldText, newText);
        var prefixChars = edit.Start;
        var oldEditEnd = edit.OldEnd;

        // ...and the tokens that lex the same within them.
        var tokenLimit = Math.Min(old.Count, tokens.Count);
        var prefixTokens = 0;
        while (prefixTokens < tokenLimit && old.Matches(prefixTokens, tokens[prefixTokens], 0) && tokens[prefixTokens].StopIndex < prefixChars) prefixTokens++;
        var suffixTokens = 0;
        while (suffixTokens < tokenLimit - prefixTokens)
        {
            var index = old.Count - 1 - suffixTokens;
            if (!old.Matches(index, tokens[tokens.Count - 1 - suffixTokens], delta) || old.Start(index) < oldEditEnd) break;
            suffixTokens++;
        }
        var firstSuffixToken = old.Count - suffixTokens;
        var tokenDelta = tokens.Count - old.Count;

        // The module and imports are reused only whole, with the token after them.
        if (state.HeaderEnd >= prefixTokens) return null;

        var declarations = state.Declarations;
        var reusedBefore = 0;
        while (reusedBefore < declarations.Length && NextVisible(tokens, NextVisible(tokens, declarations[reusedBefore].LastToken)) < prefixTokens) reusedBefore++;

        // A moved declaration must start on a line after the edit (so no column moves) and have
        // everything back to the previous declaration's last token unchanged (its doc comment).
        var editEndLine = previous.Source.GetLineColumn(oldEditEnd).Line;
        var lineDelta = builder.LineCount - previous.Source.LineCount;
        bool CanMove(int index)
        {
            var before = old.PreviousVisible(declarations[index].FirstToken);
            return before >= firstSuffixToken && previous.Source.GetLineColumn(old.Start(before)).Line > editEndLine;
        }

        var mark = builder.DiagnosticCount;
        var lexical = builder.DiagnosticsSince(0);
        foreach (var diagnostic in state.HeaderDiagnostics) builder.Report(diagnostic);
        var parsed = ImmutableArray.CreateBuilder<ParsedDeclaration>(declarations.Length + 4);
        for (var i = 0; i < reusedBefore; i++) parsed.Add(Reuse(declarations[i], builder));
        var reused = reusedBefore;

        var reader = new DeclarationReader(tokens, builder);
        reader.Stream.Seek(reusedBefore == 0 ? state.HeaderEnd : declarations[reusedBefore - 1].LastToken + 1);
        try
        {
            while (!reader.AtEnd)
            {
                var oldIndex = FindDeclaration(declarations, reader.Stream.Index - tokenDelta, reusedBefore);
                if (oldIndex >= 0 && declarations[oldIndex].FirstToken >= firstSuffixToken && CanMove(oldIndex))
                {
                    var shifter = new SpanShifter(delta, lineDelta);
                    for (var i = oldIndex; i < declarations.Length; i++) parsed.Add(Reuse(Move(declarations[i], shifter, tokenDelta), builder));
                    reused += declarations.Length - oldIndex;
                    break;
                }
                parsed.Add(reader.ReadDeclaration());
            }
        }
        catch (ParseCanceledException)
        {
            builder.TruncateDiagnostics(mark);
            failedOnSyntax = true;
            return null;
        }

        var all = parsed.ToImmutable();
        var root = builder.BuildCompilationUnit(previous.Root.Module, previous.Root.Imports, [.. all.Select(d => d.Node).OfType<Declaration>()]);
        return new FastParse(root, new IncrementalState(new TokenTable(tokens), tokens, lexical, state.HeaderEnd, state.HeaderDiagnostics, all, reused));
    }

    private static ParsedDeclaration Reuse(ParsedDeclaration declaration, SyntaxBuilder builder)
    {
        foreach (var diagnostic in declaration.Diagnostics) builder.Report(diagnostic);
        builder.MarkAttached(declaration.DocTokens);
        return declaration;
    }

    private static ParsedDeclaration Move(ParsedDeclaration declaration, SpanShifter shifter, int tokenDelta) =>
        new(declaration.FirstToken + tokenDelta, declaration.LastToken + tokenDelta,
            declaration.Node is null ? null : shifter.Shift(declaration.Node),
            [.. declaration.Diagnostics.Select(shifter.Shift)],
            [.. declaration.DocTokens.Select(t => t + tokenDelta)]);

    /// <summary>The index of the old declaration whose first token is <paramref name="firstToken"/>, or -1.</summary>
    private static int FindDeclaration(ImmutableArray<ParsedDeclaration> declarations, int firstToken, int from)
    {
        int low = from, high = declarations.Length - 1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            var token = declarations[middle].FirstToken;
            if (token == firstToken) return middle;
            if (token < firstToken) low = middle + 1;
            else high = middle - 1;
        }
        return -1;
    }

    private static int NextVisible(List<IToken> tokens, int index)
    {
        for (var i = index + 1; i < tokens.Count; i++)
            if (tokens[i].Channel == TokenConstants.DefaultChannel) return i;
        return tokens.Count;
    }
}
