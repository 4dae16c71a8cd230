namespace Remedy.LanguageServer.Protocol;

/// <summary>Text shown to the user, in Markdown or plain text.</summary>
/// <param name="Kind"><c>markdown</c> or <c>plaintext</c>.</param>
/// <param name="Value">The text.</param>
public sealed record MarkupContent(string Kind, string Value);
