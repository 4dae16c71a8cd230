namespace Remedy.LanguageServer.Protocol;

/// <summary>One edit: a range replaced by text, or (without a range) the whole new text.</summary>
/// <param name="Range">The replaced range; null means the text is the whole document.</param>
/// <param name="Text">The new text.</param>
public sealed record TextDocumentContentChangeEvent(string Text, Range? Range = null);
