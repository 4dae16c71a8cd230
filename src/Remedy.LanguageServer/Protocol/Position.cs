namespace Remedy.LanguageServer.Protocol;

/// <summary>A zero-based line and character offset in UTF-16 code units, as LSP 3.17 requires.</summary>
/// <param name="Line">Zero-based line.</param>
/// <param name="Character">Zero-based UTF-16 offset within the line.</param>
public sealed record Position(int Line, int Character);
