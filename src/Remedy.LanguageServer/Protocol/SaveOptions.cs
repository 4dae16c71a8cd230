namespace Remedy.LanguageServer.Protocol;

/// <summary>Whether the client should send the text on save.</summary>
/// <param name="IncludeText">Whether to include the text.</param>
public sealed record SaveOptions(bool IncludeText);
