namespace Remedy.LanguageServer.Protocol;

/// <summary>Signature help settings.</summary>
/// <param name="TriggerCharacters">Characters that open signature help.</param>
/// <param name="RetriggerCharacters">Characters that update open signature help.</param>
public sealed record SignatureHelpOptions(IReadOnlyList<string> TriggerCharacters, IReadOnlyList<string> RetriggerCharacters);
