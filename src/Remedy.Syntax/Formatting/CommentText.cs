using Remedy.Syntax.Tree;

namespace Remedy.Syntax.Formatting;

/// <summary>
/// The text the formatter writes for a comment. Trailing whitespace of line comments and of each
/// line of a block comment is dropped and block comments get LF line endings. Doc comments are
/// kept byte for byte, because their text becomes <see cref="Declaration.Doc"/> in the tree.
/// </summary>
internal static class CommentText
{
    public static string Normalize(Comment comment) => comment.Kind switch
    {
        CommentKind.Line => comment.Text.TrimEnd(),
        CommentKind.Block => string.Join('\n', comment.Text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n').Select(line => line.TrimEnd())),
        _ => comment.Text,
    };

    /// <summary>Whether the comment runs to the end of its line, so nothing may follow it there.</summary>
    public static bool EndsLine(Comment comment) => comment.Kind is CommentKind.Line or CommentKind.Doc;

    /// <summary>
    /// Whether a comment kept at the end of a line must be the last one there: a line comment, or
    /// a block comment over several lines (what follows it is on another source line, so keeping
    /// it on the same output line would not be stable).
    /// </summary>
    public static bool EndsTrailingRun(Comment comment) => EndsLine(comment) || comment.Text.Contains('\n') || comment.Text.Contains('\r');
}
