namespace Remedy.LanguageServer.Protocol;

/// <summary>Completion settings.</summary>
/// <param name="TriggerCharacters">Characters that open completion by themselves.</param>
/// <param name="ResolveProvider">Whether items are resolved lazily.</param>
public sealed record CompletionOptions(IReadOnlyList<string> TriggerCharacters, bool ResolveProvider);
