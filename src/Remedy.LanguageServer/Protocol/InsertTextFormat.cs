namespace Remedy.LanguageServer.Protocol;

/// <summary>Whether a completion's insert text is plain or a snippet.</summary>
public enum InsertTextFormat
{
    /// <summary>Plain text.</summary>
    PlainText = 1,
    /// <summary>A snippet with tab stops.</summary>
    Snippet = 2,
}
