using Remedy.LanguageServer.Protocol;
using Remedy.LanguageServer.Server;
using Remedy.LanguageServer.Workspace;
using Remedy.Syntax.Formatting;

namespace Remedy.LanguageServer.Features.Formatting;

/// <summary>
/// A document in <c>remedy fmt</c>'s layout, for whole-document and range formatting alike. A file the formatter
/// refuses (syntax errors) gets a log line instead of edits, since format-on-save must not interrupt someone in
/// the middle of typing.
/// </summary>
internal static class CanonicalText
{
    /// <summary>The document's formatted text, or null when it is already formatted or cannot be.</summary>
    /// <param name="formatter">The formatter.</param>
    /// <param name="document">The document.</param>
    /// <param name="context">The request, for the log.</param>
    /// <returns>The new text, or null.</returns>
    public static string? Of(Formatter formatter, OpenDocument document, RequestContext context)
    {
        var result = formatter.Format(document.Tree);
        if (!result.Succeeded)
        {
            context.Session.Log.Write(MessageType.Warning, $"{document.Path} was not formatted: {result.FailureReason}");
            return null;
        }

        return result.Changed ? result.Text : null;
    }
}
