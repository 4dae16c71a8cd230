using System.Text.Json;
using Remedy.LanguageServer.Protocol;
using Remedy.LanguageServer.Server;
using Remedy.LanguageServer.Workspace;

namespace Remedy.LanguageServer.Features.Lifecycle;

/// <summary><c>initialize</c>: records the workspace folders, loads the standard library and answers with the capabilities.</summary>
internal sealed class InitializeHandler : RequestHandler<InitializeParams, InitializeResult>
{
    public override string Method => LspMethods.Initialize;

    public override bool MutatesWorkspace => true;

    public override ServerCapabilities Advertise(ServerCapabilities capabilities) => capabilities with
    {
        Workspace = new WorkspaceServerCapabilities(new WorkspaceFoldersServerCapabilities(true, true)),
    };

    protected override InitializeResult Handle(InitializeParams parameters, RequestContext context, CancellationToken cancellationToken)
    {
        var session = context.Session;
        var folders = parameters.WorkspaceFolders?.ToList()
            ?? (parameters.RootUri is { } root ? [new WorkspaceFolder(root, Path.GetFileName(DocumentUri.ToPath(root)))] : []);
        var configured = session.Options.StandardLibraryFolder ?? ReadStandardLibraryOption(parameters.InitializationOptions);
        session.StandardLibraryFolder = StandardLibraryLocator.Locate(configured, session.Log.Info);
        var library = ModuleLibrary.Load(session.StandardLibraryFolder, folders.Select(f => DocumentUri.ToPath(f.Uri)), session.Log.Info);
        session.Workspace.Update(s => s with { Folders = [.. folders], Library = library });
        session.Log.Info($"initialized: {folders.Count} workspace folder(s), {library.Sources.Length} library file(s), standard library at {session.StandardLibraryFolder ?? "(none)"}");
        var version = typeof(InitializeHandler).Assembly.GetName().Version?.ToString(3);
        return new InitializeResult(session.Capabilities, new ServerInfo("remedy-lsp", version));
    }

    private static string? ReadStandardLibraryOption(JsonElement? options) =>
        options is { ValueKind: JsonValueKind.Object } o && o.TryGetProperty("stdlibPath", out var path) && path.ValueKind == JsonValueKind.String
            ? path.GetString()
            : null;
}
