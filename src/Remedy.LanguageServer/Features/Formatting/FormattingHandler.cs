using Remedy.LanguageServer.Protocol;
using Remedy.LanguageServer.Server;
using Remedy.LanguageServer.Workspace;
using Remedy.Syntax.Formatting;

namespace Remedy.LanguageServer.Features.Formatting;

/// <summary>
/// <c>textDocument/formatting</c>: the canonical layout of <c>remedy fmt</c>, so the editor and CI
/// never disagree. The client's tab size is not applied for the same reason. A file the formatter
/// refuses (syntax errors) gets no edits and a log line saying why (<see cref="CanonicalText"/>).
/// </summary>
internal sealed class FormattingHandler : RequestHandler<DocumentFormattingParams, IReadOnlyList<TextEdit>>
{
    private readonly Formatter _formatter = new();

    public override string Method => LspMethods.Formatting;

    public override ServerCapabilities Advertise(ServerCapabilities capabilities) => capabilities with { DocumentFormattingProvider = true };

    protected override IReadOnlyList<TextEdit> Handle(DocumentFormattingParams parameters, RequestContext context, CancellationToken cancellationToken)
    {
        var document = context.GetDocument(parameters.TextDocument.Uri);
        if (CanonicalText.Of(_formatter, document, context) is not { } text) return [];
        var end = Positions.ToPosition(document.Text, document.Text.Text.Length);
        return [new TextEdit(new Protocol.Range(new Position(0, 0), end), text)];
    }
}
