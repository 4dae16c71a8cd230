using System.Collections.Immutable;
using Antlr4.Runtime;
using Antlr4.Runtime.Atn;
using Antlr4.Runtime.Misc;
using Remedy.Syntax.Diagnostics;
using Remedy.Syntax.Generated;
using Remedy.Syntax.Incremental;
using Remedy.Syntax.Text;
using Remedy.Syntax.Tree;

namespace Remedy.Syntax.Parsing;

/// <summary>
/// Parses Remedy source into an immutable <see cref="SyntaxTree"/>. Never throws on bad input:
/// every file yields a tree (partial where the text is broken) plus diagnostics.
/// </summary>
public static class SyntaxParser
{
    /// <summary>Parses one file.</summary>
    /// <param name="text">The file's text.</param>
    /// <param name="path">The file's path, as shown in diagnostics.</param>
    public static SyntaxTree Parse(string text, string path = "") => Parse(null, text, path, keepForReparse: false);

    /// <summary>
    /// Parses one file that is going to be edited: the tree keeps what <see cref="Reparse"/> needs
    /// (the tokens and each declaration's parse), which a one-off parse does not pay to keep.
    /// </summary>
    /// <param name="text">The file's text.</param>
    /// <param name="path">The file's path, as shown in diagnostics.</param>
    public static SyntaxTree ParseForEditing(string text, string path = "") => Parse(null, text, path, keepForReparse: true);

    /// <summary>
    /// Parses a new version of a file, reusing the declarations of <paramref name="previous"/> that
    /// the edit left alone (their trees are moved, not rebuilt from the text). The result equals
    /// <c>Parse(text, previous.Path)</c>, spans and diagnostics included; a file that needs error
    /// recovery, or an edit to its module and imports, is simply parsed whole.
    /// </summary>
    /// <param name="previous">The tree of the version before the edit.</param>
    /// <param name="text">The whole text after the edit.</param>
    public static SyntaxTree Reparse(SyntaxTree previous, string text) =>
        string.Equals(previous.Source.Text, text, StringComparison.Ordinal) && previous.Incremental is not null
            ? previous
            : Parse(previous, text, previous.Path, keepForReparse: true);

    private static SyntaxTree Parse(SyntaxTree? previous, string text, string path, bool keepForReparse)
    {
        var source = new SourceText(text, path);
        var diagnostics = new DiagnosticBag(source);
        var (tokens, comments) = (previous?.Incremental is { } lexedBefore ? IncrementalLexer.TryRelex(previous, lexedBefore, text, diagnostics) : null)
            ?? LexicalScanner.Scan(text, diagnostics, 0);
        var builder = new SyntaxBuilder(source, diagnostics, 0, tokens);
        var failedOnSyntax = false;
        var fast = previous?.Incremental is { } state ? IncrementalReparser.TryReparse(previous, state, tokens, builder, out failedOnSyntax) : null;
        // When the reparse met a syntax error, reading from the top would meet it too.
        if (fast is null && !failedOnSyntax) fast = TryBuildIncrementally(tokens, builder, keepForReparse);
        var root = fast?.Root
            ?? builder.BuildCompilationUnit(ParseTokens(tokens, diagnostics, 0, "the end of the file", p => p.compilationUnit()));
        builder.ReportDanglingDocComments();
        ClauseChecker.Check(root, diagnostics);
        return new SyntaxTree(source, root, comments, diagnostics.ToSortedArray()) { Incremental = keepForReparse ? fast?.State : null };
    }

    /// <summary>Parses a single expression, as typed in the REPL or inside <c>${...}</c>.</summary>
    /// <param name="text">The expression's text.</param>
    /// <param name="path">A name for the input, as shown in diagnostics.</param>
    public static (Expression Expression, ImmutableArray<Diagnostic> Diagnostics) ParseExpression(string text, string path = "")
    {
        var source = new SourceText(text, path);
        var diagnostics = new DiagnosticBag(source);
        var expression = ParseEmbeddedExpression(source, diagnostics, 0, text, "the end of the input");
        return (expression, diagnostics.ToSortedArray());
    }

    /// <summary>Parses the text of an interpolation that starts at <paramref name="offset"/> in <paramref name="source"/>.</summary>
    internal static Expression ParseEmbeddedExpression(SourceText source, DiagnosticBag diagnostics, int offset, string text, string endOfInput = "the end of the interpolation")
    {
        var (tokens, _) = LexicalScanner.Scan(text, diagnostics, offset);
        var context = ParseTokens(tokens, diagnostics, offset, endOfInput, p => p.standaloneExpression());
        var builder = new SyntaxBuilder(source, diagnostics, offset, tokens);
        return builder.BuildExpression(context.expression());
    }

    /// <summary>
    /// The fast path for a file without syntax errors: SLL parsing one declaration at a time,
    /// each turned into our tree at once, so the parse tree of a large file never lives whole
    /// (keeping the garbage collector's work, and so the time, linear in the file's size).
    /// Returns null at the first syntax error; the caller then parses the whole file again with
    /// full LL prediction and error recovery, whose messages the incremental path never sees.
    /// </summary>
    private static FastParse? TryBuildIncrementally(List<IToken> tokens, SyntaxBuilder builder, bool keepForReparse)
    {
        var reader = new DeclarationReader(tokens, builder);
        var stream = reader.Stream;
        // Builder diagnostics (unknown words, duplicates) are kept only if the fast path succeeds.
        var mark = builder.DiagnosticCount;
        var lexical = builder.DiagnosticsSince(0);
        try
        {
            var module = stream.LA(1) == RemedyLexer.MODULE ? builder.BuildModule(reader.Parser.moduleDecl()) : null;
            var imports = ImmutableArray.CreateBuilder<ImportDecl>();
            while (stream.LA(1) == RemedyLexer.IMPORT) imports.Add(builder.BuildImport(reader.Parser.importDecl()));
            stream.LA(1);
            var headerEnd = stream.Index;
            var headerDiagnostics = builder.DiagnosticsSince(mark);
            var declarations = ImmutableArray.CreateBuilder<ParsedDeclaration>();
            while (!reader.AtEnd) declarations.Add(reader.ReadDeclaration());
            var root = builder.BuildCompilationUnit(module, imports.ToImmutable(), [.. declarations.Select(d => d.Node).OfType<Declaration>()]);
            return new FastParse(root, keepForReparse ? new IncrementalState(new TokenTable(tokens), tokens, lexical, headerEnd, headerDiagnostics, declarations.ToImmutable(), 0) : null);
        }
        catch (ParseCanceledException)
        {
            builder.TruncateDiagnostics(mark);
            return null;
        }
    }

    private static T ParseTokens<T>(List<IToken> tokens, DiagnosticBag diagnostics, int offset, string endOfInput, Func<RemedyParser, T> rule)
        where T : ParserRuleContext
    {
        // Two-stage parsing: the fast SLL mode succeeds on almost every real file; only a
        // file with errors (or a true SLL conflict) is parsed again in full LL mode with recovery.
        var parser = CreateParser(tokens);
        parser.Interpreter.PredictionMode = PredictionMode.SLL;
        parser.ErrorHandler = new BailErrorStrategy();
        try
        {
            return rule(parser);
        }
        catch (ParseCanceledException)
        {
            parser = CreateParser(tokens);
            parser.Interpreter.PredictionMode = PredictionMode.LL;
            parser.ErrorHandler = new RemedyErrorStrategy(diagnostics, offset, endOfInput);
            return rule(parser);
        }
    }

    private static RemedyParser CreateParser(List<IToken> tokens)
    {
        var parser = new RemedyParser(new CommonTokenStream(new ListTokenSource(tokens)));
        parser.RemoveErrorListeners();
        return parser;
    }
}
