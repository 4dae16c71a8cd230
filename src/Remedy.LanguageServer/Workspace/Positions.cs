using Remedy.LanguageServer.Protocol;
using Remedy.Syntax.Text;

namespace Remedy.LanguageServer.Workspace;

/// <summary>
/// Converts between protocol positions (0-based, UTF-16) and the compiler's spans (1-based
/// lines and columns, also UTF-16). Positions past a line's end or past the last line are
/// clamped, as LSP 3.17 says a server should treat them.
/// </summary>
public static class Positions
{
    /// <summary>The offset of a position, clamped to the text.</summary>
    public static int ToOffset(SourceText text, Position position)
    {
        if (position.Line < 0) return 0;
        if (position.Line >= text.LineCount) return text.Text.Length;
        var lineStart = text.GetLineStart(position.Line + 1);
        var lineEnd = position.Line + 1 < text.LineCount ? text.GetLineStart(position.Line + 2) : text.Text.Length;
        // Exclude the line break so that a character past the end lands at the end of this line.
        while (lineEnd > lineStart && text.Text[lineEnd - 1] is '\n' or '\r') lineEnd--;
        return Math.Clamp(lineStart + Math.Max(0, position.Character), lineStart, lineEnd);
    }

    /// <summary>The position of an offset.</summary>
    public static Position ToPosition(SourceText text, int offset)
    {
        var (line, column) = text.GetLineColumn(offset);
        return new Position(line - 1, column - 1);
    }

    /// <summary>The protocol range of a span.</summary>
    public static Protocol.Range ToRange(SourceSpan span) =>
        new(new Position(span.Line - 1, span.Column - 1), new Position(span.EndLine - 1, span.EndColumn - 1));

    /// <summary>The protocol range between two offsets.</summary>
    public static Protocol.Range ToRange(SourceText text, int start, int end) => new(ToPosition(text, start), ToPosition(text, end));
}
