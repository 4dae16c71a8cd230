namespace Remedy.LanguageServer.Protocol;

/// <summary>A fix the user can apply.</summary>
/// <param name="Title">What it does.</param>
/// <param name="Kind">Its kind, such as <c>quickfix</c>.</param>
/// <param name="Diagnostics">The diagnostics it fixes.</param>
/// <param name="IsPreferred">Whether it is the obvious fix.</param>
/// <param name="Edit">The change.</param>
public sealed record CodeAction(string Title, string Kind, WorkspaceEdit Edit, IReadOnlyList<LspDiagnostic>? Diagnostics = null, bool? IsPreferred = null);
