using Microsoft.CodeAnalysis;
using Remedy.Syntax.Text;

namespace Remedy.Compiler.Roslyn;

/// <summary>
/// Turns a position in generated C# into a position in the file a user reads: the .remedy span a <c>#line</c>
/// directive maps it to, or else the .cs file itself (for hand-edited code and generated plumbing).
/// </summary>
public static class LocationMapper
{
    /// <summary>Maps a Roslyn location.</summary>
    /// <param name="location">The location.</param>
    /// <param name="textOf">The text of a .remedy or .cs file by path, to compute offsets; null when unknown.</param>
    /// <returns>The path and span.</returns>
    public static (string Path, SourceSpan Span) Map(Location location, Func<string, string?> textOf)
    {
        if (!location.IsInSource)
        {
            return (string.Empty, SourceSpan.None);
        }

        var mapped = location.GetMappedLineSpan();
        var path = mapped.Path;
        var (start, end) = (mapped.StartLinePosition, mapped.EndLinePosition);
        if (!mapped.HasMappedPath)
        {
            var own = location.GetLineSpan();
            (path, start, end) = (own.Path, own.StartLinePosition, own.EndLinePosition);
        }

        var text = mapped.HasMappedPath ? textOf(path) : location.SourceTree?.GetText().ToString();
        var startOffset = Offset(text, start.Line, start.Character);
        var endOffset = Math.Max(startOffset, Offset(text, end.Line, end.Character));
        return (path, new SourceSpan(startOffset, endOffset - startOffset, start.Line + 1, start.Character + 1, end.Line + 1, end.Character + 1));
    }

    private static int Offset(string? text, int line, int character)
    {
        if (text is null)
        {
            return 0;
        }

        var offset = 0;
        for (var l = 0; l < line && offset < text.Length; l++)
        {
            var next = text.IndexOf('\n', offset);
            if (next < 0)
            {
                return text.Length;
            }

            offset = next + 1;
        }

        return Math.Min(text.Length, offset + character);
    }
}
