namespace Remedy.LanguageServer.Protocol;

/// <summary>The result of <c>textDocument/completion</c>.</summary>
/// <param name="IsIncomplete">Whether typing more should ask again.</param>
/// <param name="Items">The proposals.</param>
public sealed record CompletionList(bool IsIncomplete, IReadOnlyList<CompletionItem> Items);
