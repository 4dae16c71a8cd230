using Remedy.LanguageServer.Protocol;
using Remedy.LanguageServer.Server;
using Remedy.LanguageServer.Workspace;
using Remedy.Syntax.Formatting;
using Remedy.Syntax.Parsing;
using Remedy.Syntax.Text;
using Remedy.Syntax.Tree;

namespace Remedy.LanguageServer.Features.Formatting;

/// <summary>
/// <c>textDocument/rangeFormatting</c>: <c>remedy fmt</c>'s layout for every top-level declaration
/// the range touches, each replaced whole (from its doc comment, or the start of its line, to its
/// closing brace), so a selection never leaves half a declaration in the old layout. The module
/// and imports are formatted when the range touches them. Like whole-document formatting, a file
/// with syntax errors gets no edits and a log line.
/// </summary>
internal sealed class RangeFormattingHandler : RequestHandler<DocumentRangeFormattingParams, IReadOnlyList<TextEdit>>
{
    private readonly Formatter _formatter = new();

    public override string Method => LspMethods.RangeFormatting;

    public override ServerCapabilities Advertise(ServerCapabilities capabilities) => capabilities with { DocumentRangeFormattingProvider = true };

    protected override IReadOnlyList<TextEdit> Handle(DocumentRangeFormattingParams parameters, RequestContext context, CancellationToken cancellationToken)
    {
        var document = context.GetDocument(parameters.TextDocument.Uri);
        if (CanonicalText.Of(_formatter, document, context) is not { } text) return [];
        var formatted = SyntaxParser.Parse(text, document.Path);
        var before = Parts(document.Tree);
        var after = Parts(formatted);
        // The formatter keeps every declaration in its order; anything else is a formatter bug, and guessing would corrupt the file.
        if (before.Count != after.Count)
        {
            context.Session.Log.Error($"{document.Path} was not formatted: the formatter's output has {after.Count} parts where the file has {before.Count}");
            return [];
        }

        var start = Positions.ToOffset(document.Text, parameters.Range.Start);
        var end = Math.Max(start, Positions.ToOffset(document.Text, parameters.Range.End));
        var edits = new List<TextEdit>();
        for (var i = 0; i < before.Count; i++)
        {
            var (from, to) = Extent(document.Text, before[i]);
            if (to < start || from > end) continue;
            var (formattedFrom, formattedTo) = Extent(formatted.Source, after[i]);
            var newText = formatted.Source.Text[formattedFrom..formattedTo];
            if (newText != document.Text.Text[from..to]) edits.Add(new TextEdit(Positions.ToRange(document.Text, from, to), newText));
        }
        return edits;
    }

    /// <summary>The header (module and imports, as one part when present) and the declarations, in order.</summary>
    private static List<SourceSpan> Parts(SyntaxTree tree)
    {
        var root = tree.Root;
        var parts = new List<SourceSpan>();
        var header = root.Imports.Select(i => i.Span).ToList();
        if (root.Module is { } module) header.Insert(0, module.Span);
        if (header.Count > 0) parts.Add(header.Aggregate((a, b) => a.Cover(b)));
        parts.AddRange(root.Declarations.Select(d => d.Doc is { } doc ? doc.Span.Cover(d.Span) : d.Span));
        return parts;
    }

    /// <summary>A part's span, widened to the start of its line when only indentation comes before it.</summary>
    private static (int Start, int End) Extent(SourceText text, SourceSpan span)
    {
        var lineStart = text.GetLineStart(span.Line);
        var start = text.Text.AsSpan(lineStart, span.Start - lineStart).IsWhiteSpace() ? lineStart : span.Start;
        return (start, span.End);
    }
}
