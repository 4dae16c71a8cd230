namespace Remedy.LanguageServer.Protocol;

/// <summary>How the client wants a document formatted.</summary>
/// <param name="TabSize">Spaces per tab.</param>
/// <param name="InsertSpaces">Whether to indent with spaces.</param>
public sealed record FormattingOptions(int TabSize, bool InsertSpaces);
