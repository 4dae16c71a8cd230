namespace Remedy.LanguageServer.Protocol;

/// <summary>Replaces a range with text.</summary>
/// <param name="Range">The replaced range.</param>
/// <param name="NewText">The text.</param>
public sealed record TextEdit(Range Range, string NewText);
