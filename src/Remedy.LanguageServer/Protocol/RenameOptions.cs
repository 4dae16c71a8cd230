namespace Remedy.LanguageServer.Protocol;

/// <summary>Rename settings.</summary>
/// <param name="PrepareProvider">Whether <c>textDocument/prepareRename</c> is supported.</param>
public sealed record RenameOptions(bool PrepareProvider);
