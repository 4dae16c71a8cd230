namespace Remedy.LanguageServer.Protocol;

/// <summary>Edits to one or more documents.</summary>
/// <param name="Changes">The edits, by document URI.</param>
public sealed record WorkspaceEdit(IReadOnlyDictionary<string, IReadOnlyList<TextEdit>> Changes);
