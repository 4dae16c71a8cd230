using Remedy.LanguageServer.Analysis;
using Remedy.LanguageServer.Protocol;
using Remedy.LanguageServer.Server;
using Remedy.LanguageServer.Workspace;
using Remedy.Syntax.Tree;

namespace Remedy.LanguageServer.Features.Hover;

/// <summary><c>textDocument/hover</c>: doc comments, an action's effect, risk and rollback, a target list's bound, a playbook's worst case.</summary>
internal sealed class HoverHandler : RequestHandler<TextDocumentPositionParams, Protocol.Hover>
{
    public override string Method => LspMethods.Hover;

    public override ServerCapabilities Advertise(ServerCapabilities capabilities) => capabilities with { HoverProvider = true };

    protected override Protocol.Hover? Handle(TextDocumentPositionParams parameters, RequestContext context, CancellationToken cancellationToken)
    {
        var document = DocumentContext.For(context, parameters.TextDocument.Uri);
        var offset = document.OffsetOf(parameters.Position);
        var symbol = document.Resolver.ResolveAt(document.Source, offset);
        if (symbol is null) return null;
        cancellationToken.ThrowIfCancellationRequested();
        var node = NodePath.At(document.Source.Tree.Root, offset)[^1];
        return new Protocol.Hover(new MarkupContent(MarkupKind.Markdown, HoverContent.For(symbol, document)), node is Identifier ? Positions.ToRange(node.Span) : null);
    }
}
