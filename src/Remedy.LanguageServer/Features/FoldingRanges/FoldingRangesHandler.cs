using Remedy.LanguageServer.Protocol;
using Remedy.LanguageServer.Server;
using Remedy.Syntax.Tree;

namespace Remedy.LanguageServer.Features.FoldingRanges;

/// <summary><c>textDocument/foldingRange</c>: every multi-line block, the imports, and runs of comments.</summary>
internal sealed class FoldingRangesHandler : RequestHandler<DocumentParams, IReadOnlyList<FoldingRange>>
{
    public override string Method => LspMethods.FoldingRange;

    public override ServerCapabilities Advertise(ServerCapabilities capabilities) => capabilities with { FoldingRangeProvider = true };

    protected override IReadOnlyList<FoldingRange> Handle(DocumentParams parameters, RequestContext context, CancellationToken cancellationToken)
    {
        var tree = context.GetDocument(parameters.TextDocument.Uri).Tree;
        var ranges = new List<FoldingRange>();
        foreach (var node in tree.Root.DescendantsAndSelf())
        {
            if (node is not (Declaration or StepDecl or BlastRadiusItem or CircuitBreakerItem or VerifyDecl or ChooseDecl or OptionDecl or HandlerDecl or Block or RecordExpression or ListExpression)) continue;
            // Keep the closing brace's line visible, as editors do for braces.
            var end = node.Span.EndLine - 2;
            if (end > node.Span.Line - 1) ranges.Add(new FoldingRange(node.Span.Line - 1, end));
        }
        if (tree.Root.Imports is [var first, .., var last] && last.Span.EndLine > first.Span.Line)
            ranges.Add(new FoldingRange(first.Span.Line - 1, last.Span.EndLine - 1, "imports"));
        AddCommentRuns(tree.Comments, ranges);
        return [.. ranges.DistinctBy(r => r.StartLine).OrderBy(r => r.StartLine)];
    }

    private static void AddCommentRuns(IReadOnlyList<Comment> comments, List<FoldingRange> ranges)
    {
        var i = 0;
        while (i < comments.Count)
        {
            var start = comments[i].Span.Line;
            var end = comments[i].Span.EndLine;
            var j = i + 1;
            while (j < comments.Count && comments[j].Kind != CommentKind.Block && comments[i].Kind != CommentKind.Block && comments[j].Span.Line == end + 1)
            {
                end = comments[j].Span.EndLine;
                j++;
            }
            if (end > start) ranges.Add(new FoldingRange(start - 1, end - 1, "comment"));
            i = j;
        }
    }
}
