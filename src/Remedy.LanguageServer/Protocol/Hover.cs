namespace Remedy.LanguageServer.Protocol;

/// <summary>The result of <c>textDocument/hover</c>.</summary>
/// <param name="Contents">What to show.</param>
/// <param name="Range">The range the hover is about.</param>
public sealed record Hover(MarkupContent Contents, Range? Range = null);
