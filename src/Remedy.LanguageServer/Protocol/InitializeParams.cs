namespace Remedy.LanguageServer.Protocol;

/// <summary>The parameters of <c>initialize</c>; client capabilities are accepted but not modelled because the server does not vary by them.</summary>
/// <param name="ProcessId">The client's process id.</param>
/// <param name="RootUri">The workspace root, for clients without folders.</param>
/// <param name="WorkspaceFolders">The open folders.</param>
/// <param name="InitializationOptions">Server-specific options, such as <c>stdlibPath</c>.</param>
public sealed record InitializeParams(int? ProcessId = null, string? RootUri = null, IReadOnlyList<WorkspaceFolder>? WorkspaceFolders = null, System.Text.Json.JsonElement? InitializationOptions = null);
