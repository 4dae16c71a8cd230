using Remedy.LanguageServer.Features.CodeActions;
using Remedy.LanguageServer.Features.Completion;
using Remedy.LanguageServer.Features.Definition;
using Remedy.LanguageServer.Features.Diagnostics;
using Remedy.LanguageServer.Features.DocumentSymbols;
using Remedy.LanguageServer.Features.FoldingRanges;
using Remedy.LanguageServer.Features.Formatting;
using Remedy.LanguageServer.Features.Hover;
using Remedy.LanguageServer.Features.References;
using Remedy.LanguageServer.Features.Rename;
using Remedy.LanguageServer.Features.SemanticTokens;
using Remedy.LanguageServer.Features.SignatureHelp;
using Remedy.LanguageServer.Features.WorkspaceSymbols;
using Remedy.LanguageServer.Features.Lifecycle;
using Remedy.LanguageServer.Features.TextSync;
using Remedy.LanguageServer.Server;
using StreamJsonRpc;

namespace Remedy.LanguageServer.Features;

/// <summary>Every method the server serves. The capabilities sent at initialize are built from this list, so they never claim a feature without a handler.</summary>
internal static class HandlerCatalog
{
    public static IReadOnlyList<IMethodHandler> Create(ServerSession session, JsonRpc rpc)
    {
        session.AddObserver(new DiagnosticsPublisher(session, rpc));
        return
        [
            new InitializeHandler(),
            new InitializedHandler(),
            new ShutdownHandler(),
            new ExitHandler(),
            new DidChangeWorkspaceFoldersHandler(),
            new DidOpenHandler(),
            new DidChangeHandler(),
            new DidCloseHandler(),
            new DidSaveHandler(),
            new HoverHandler(),
            new CompletionHandler(),
            new SignatureHelpHandler(),
            new DefinitionHandler(),
            new ReferencesHandler(),
            new RenameHandler(),
            new PrepareRenameHandler(),
            new DocumentSymbolsHandler(),
            new WorkspaceSymbolsHandler(),
            new FoldingRangesHandler(),
            new SemanticTokensHandler(),
            new CodeActionsHandler(),
            new FormattingHandler(),
            new RangeFormattingHandler(),
        ];
    }
}
