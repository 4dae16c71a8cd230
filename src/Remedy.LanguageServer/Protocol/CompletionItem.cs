namespace Remedy.LanguageServer.Protocol;

/// <summary>One completion proposal.</summary>
/// <param name="Label">The text shown and inserted by default.</param>
/// <param name="Kind">What it is.</param>
/// <param name="Detail">A one-line description, such as a signature.</param>
/// <param name="Documentation">Its documentation.</param>
/// <param name="SortText">The key that orders items.</param>
/// <param name="FilterText">The text matched against what the user typed.</param>
/// <param name="InsertText">The text inserted, when not the label.</param>
/// <param name="InsertTextFormat">Whether the insert text is a snippet.</param>
/// <param name="LabelDetails">Text beside the label.</param>
public sealed record CompletionItem(string Label, CompletionItemKind Kind, string? Detail = null, MarkupContent? Documentation = null, string? SortText = null, string? FilterText = null, string? InsertText = null, InsertTextFormat? InsertTextFormat = null, CompletionItemLabelDetails? LabelDetails = null);
