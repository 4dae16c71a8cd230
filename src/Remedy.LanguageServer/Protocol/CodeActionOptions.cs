namespace Remedy.LanguageServer.Protocol;

/// <summary>Code action settings.</summary>
/// <param name="CodeActionKinds">The kinds of action offered.</param>
public sealed record CodeActionOptions(IReadOnlyList<string> CodeActionKinds);
