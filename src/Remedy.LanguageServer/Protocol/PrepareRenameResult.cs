namespace Remedy.LanguageServer.Protocol;

/// <summary>The answer to <c>textDocument/prepareRename</c>: the name's range and the text to offer for editing.</summary>
/// <param name="Range">The range of the name under the cursor.</param>
/// <param name="Placeholder">The current name.</param>
public sealed record PrepareRenameResult(Range Range, string Placeholder);
