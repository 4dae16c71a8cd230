namespace Remedy.Syntax.Text;

/// <summary>
/// The text of one source file with a table of line starts, so offsets convert to
/// line and column (and back) in logarithmic time.
/// </summary>
public sealed class SourceText
{
    private readonly int[] _lineStarts;

    /// <summary>Creates a source text.</summary>
    /// <param name="text">The whole file.</param>
    /// <param name="path">The file's path as the user named it, used in diagnostics.</param>
    public SourceText(string text, string path = "")
    {
        Text = text;
        Path = path;
        _lineStarts = ComputeLineStarts(text);
    }

    /// <summary>The whole file.</summary>
    public string Text { get; }

    /// <summary>The file's path as the user named it.</summary>
    public string Path { get; }

    /// <summary>Number of lines (a file always has at least one).</summary>
    public int LineCount => _lineStarts.Length;

    /// <summary>The 1-based line and column of an offset.</summary>
    public (int Line, int Column) GetLineColumn(int offset)
    {
        offset = Math.Clamp(offset, 0, Text.Length);
        var index = Array.BinarySearch(_lineStarts, offset);
        var line = index >= 0 ? index : ~index - 1;
        return (line + 1, offset - _lineStarts[line] + 1);
    }

    /// <summary>The offset of a 1-based line and column, clamped to the text.</summary>
    public int GetOffset(int line, int column)
    {
        if (line < 1) return 0;
        if (line > _lineStarts.Length) return Text.Length;
        var start = _lineStarts[line - 1];
        var lineEnd = line < _lineStarts.Length ? _lineStarts[line] : Text.Length;
        return Math.Clamp(start + column - 1, start, lineEnd);
    }

    /// <summary>The offset where a 1-based line starts.</summary>
    public int GetLineStart(int line) => _lineStarts[Math.Clamp(line, 1, _lineStarts.Length) - 1];

    /// <summary>Builds the span from <paramref name="start"/> to <paramref name="end"/> (exclusive).</summary>
    public SourceSpan GetSpan(int start, int end)
    {
        start = Math.Clamp(start, 0, Text.Length);
        end = Math.Clamp(end, start, Text.Length);
        var (line, column) = GetLineColumn(start);
        var (endLine, endColumn) = GetLineColumn(end);
        return new SourceSpan(start, end - start, line, column, endLine, endColumn);
    }

    private static int[] ComputeLineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                if (i + 1 < text.Length && text[i + 1] == '\n') i++;
                starts.Add(i + 1);
            }
            else if (c == '\n')
            {
                starts.Add(i + 1);
            }
        }
        return starts.ToArray();
    }
}
