namespace Remedy.LanguageServer.Protocol;

/// <summary>Extra text shown beside a completion label.</summary>
/// <param name="Detail">Shown right after the label, such as a signature.</param>
/// <param name="Description">Shown further right, such as a module.</param>
public sealed record CompletionItemLabelDetails(string? Detail = null, string? Description = null);
