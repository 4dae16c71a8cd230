using Remedy.LanguageServer.Analysis;
using Remedy.LanguageServer.Protocol;
using Remedy.LanguageServer.Server;

namespace Remedy.LanguageServer.Features.CodeActions;

/// <summary><c>textDocument/codeAction</c>: quick fixes for the diagnostics the client shows at the range (see <see cref="SafetyFixes"/>).</summary>
internal sealed class CodeActionsHandler : RequestHandler<CodeActionParams, IReadOnlyList<CodeAction>>
{
    public override string Method => LspMethods.CodeAction;

    public override ServerCapabilities Advertise(ServerCapabilities capabilities) => capabilities with
    {
        CodeActionProvider = new CodeActionOptions([CodeActionKind.QuickFix]),
    };

    protected override IReadOnlyList<CodeAction> Handle(CodeActionParams parameters, RequestContext context, CancellationToken cancellationToken)
    {
        var document = DocumentContext.For(context, parameters.TextDocument.Uri);
        if (parameters.Context.Only is { } only && !only.Any(k => k == CodeActionKind.QuickFix || CodeActionKind.QuickFix.StartsWith(k + ".", StringComparison.Ordinal))) return [];
        return [.. parameters.Context.Diagnostics
            .Where(d => d.Source is null or Diagnostics.DiagnosticConverter.Source)
            .SelectMany(d => SafetyFixes.For(document, d))];
    }
}
