using Antlr4.Runtime;
using Antlr4.Runtime.Atn;
using Antlr4.Runtime.Misc;
using Remedy.Syntax.Generated;
using Remedy.Syntax.Incremental;

namespace Remedy.Syntax.Parsing;

/// <summary>
/// Reads top-level declarations one at a time with SLL prediction, bailing out (with
/// <see cref="ParseCanceledException"/>) at the first syntax error, and records for each what
/// building it reported, so a later edit can reuse it.
/// </summary>
internal sealed class DeclarationReader
{
    private readonly SyntaxBuilder _builder;

    public DeclarationReader(List<IToken> tokens, SyntaxBuilder builder)
    {
        _builder = builder;
        Stream = new CommonTokenStream(new ListTokenSource(tokens));
        Parser = new RemedyParser(Stream);
        Parser.RemoveErrorListeners();
        Parser.Interpreter.PredictionMode = PredictionMode.SLL;
        Parser.ErrorHandler = new BailErrorStrategy();
    }

    public CommonTokenStream Stream { get; }

    public RemedyParser Parser { get; }

    /// <summary>Whether every token has been read.</summary>
    public bool AtEnd => Stream.LA(1) == TokenConstants.EOF;

    /// <summary>Parses and builds the declaration at the current token.</summary>
    public ParsedDeclaration ReadDeclaration()
    {
        var start = Stream.Index;
        var diagnosticMark = _builder.DiagnosticCount;
        var docMark = _builder.AttachedDocCount;
        var context = Parser.declaration();
        if (Stream.Index == start) throw new ParseCanceledException();
        var node = _builder.BuildDeclaration(context);
        return new ParsedDeclaration(context.Start.TokenIndex, context.Stop.TokenIndex, node, _builder.DiagnosticsSince(diagnosticMark), _builder.AttachedDocTokensSince(docMark));
    }
}
