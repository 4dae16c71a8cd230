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

    protected override bool NeedsCompilation => true;

    protected override Protocol.Hover? Handle(TextDocumentPositionParams parameters, RequestContext context, CancellationToken cancellationToken)
    {
        var document = DocumentContext.For(context, parameters.TextDocument.Uri);
        var offset = document.OffsetOf(parameters.Position);
        var path = NodePath.At(document.Source.Tree.Root, offset);
        var node = path[^1];
        var symbol = document.Resolver.ResolveAt(document.Source, offset);
        if (symbol is null)
        {
            if (node is Identifier name && path.Length >= 3 && path[^2] is Argument argument && argument.Name == name && path[^3] is ChooseDecl choose)
            {
                return LanguageWordDocs.ForPolicyParameter(choose, name) is { } parameterDoc
                    ? new Protocol.Hover(new MarkupContent(MarkupKind.Markdown, parameterDoc), Positions.ToRange(name.Span))
                    : null;
            }

            return node is Identifier word && path.Length >= 2 && LanguageWordDocs.For(path[^2], word) is { } doc
                ? new Protocol.Hover(new MarkupContent(MarkupKind.Markdown, doc), Positions.ToRange(word.Span))
                : null;
        }
        cancellationToken.ThrowIfCancellationRequested();
        return new Protocol.Hover(new MarkupContent(MarkupKind.Markdown, HoverContent.For(symbol, document, context.Compilation)), node is Identifier ? Positions.ToRange(node.Span) : null);
    }
}
