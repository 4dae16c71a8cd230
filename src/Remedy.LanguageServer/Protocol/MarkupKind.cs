namespace Remedy.LanguageServer.Protocol;

/// <summary>The formats of <see cref="MarkupContent"/>.</summary>
public static class MarkupKind
{
    /// <summary>Markdown.</summary>
    public const string Markdown = "markdown";

    /// <summary>Plain text.</summary>
    public const string PlainText = "plaintext";
}
