using System.Text;

namespace Remedy.Syntax.Formatting;

/// <summary>
/// Accumulates formatted lines. Indentation is written lazily when a line gets its first text,
/// so callers never emit whitespace-only lines, and a line comment forces the next text onto a
/// continuation line: no code can ever end up swallowed by a comment.
/// </summary>
internal sealed class LayoutWriter(int indentSize)
{
    private readonly StringBuilder _text = new();
    private int _lineStart;
    private bool _lineOpen;
    private bool _breakBeforeNext;
    private bool _keepTrailingBlanks;

    public int IndentLevel { get; set; }

    /// <summary>The column (0-based) where the next text would start.</summary>
    public int Column => _breakBeforeNext
        ? (IndentLevel + 1) * indentSize
        : _lineOpen ? _text.Length - _lineStart : IndentLevel * indentSize;

    public bool IsEmpty => _text.Length == 0;

    public void Write(string text)
    {
        if (text.Length == 0) return;
        if (_breakBeforeNext)
        {
            EndLine();
            OpenLine(IndentLevel + 1);
        }
        if (!_lineOpen) OpenLine(IndentLevel);
        Append(text);
        _keepTrailingBlanks = false;
    }

    /// <summary>Writes a comment inside or after code on the current line, separated by one space.</summary>
    /// <param name="text">The comment as it is to appear.</param>
    /// <param name="endsLine">Whether the comment runs to the end of the line.</param>
    /// <param name="verbatim">Whether trailing blanks belong to the comment (doc comments).</param>
    public void WriteInlineComment(string text, bool endsLine, bool verbatim)
    {
        if (_lineOpen && !_breakBeforeNext && _text.Length > _lineStart)
        {
            var last = _text[^1];
            if (last != ' ' && last != '(' && last != '[') _text.Append(' ');
        }
        Write(text);
        _keepTrailingBlanks = verbatim;
        if (endsLine) _breakBeforeNext = true;
        else _text.Append(' ');
    }

    /// <summary>Writes a comment on a line of its own at the current indentation.</summary>
    public void WriteOwnLineComment(string text, bool verbatim)
    {
        EndLine();
        Write(text);
        _keepTrailingBlanks = verbatim;
        EndLine();
    }

    /// <summary>Ends the current line if it has any text.</summary>
    public void EndLine()
    {
        if (!_lineOpen) { _breakBeforeNext = false; return; }
        // Trailing blanks are layout noise, except at the end of a doc comment whose text is part of the tree.
        if (!_keepTrailingBlanks)
            while (_text.Length > _lineStart && _text[^1] == ' ') _text.Length--;
        _text.Append('\n');
        _lineStart = _text.Length;
        _lineOpen = false;
        _breakBeforeNext = false;
        _keepTrailingBlanks = false;
    }

    /// <summary>Ends the current line and makes sure exactly one empty line follows it (never at the start of the text).</summary>
    public void BlankLine()
    {
        EndLine();
        if (_text.Length == 0) return;
        if (_text.Length >= 2 && _text[^1] == '\n' && _text[^2] == '\n') return;
        _text.Append('\n');
        _lineStart = _text.Length;
    }

    public override string ToString()
    {
        EndLine();
        var length = _text.Length;
        while (length > 0 && _text[length - 1] == '\n') length--;
        return length == 0 ? "" : _text.ToString(0, length) + "\n";
    }

    private void OpenLine(int level)
    {
        _text.Append(' ', level * indentSize);
        _lineOpen = true;
    }

    private void Append(string text)
    {
        _text.Append(text);
        var newline = text.LastIndexOf('\n');
        if (newline >= 0) _lineStart = _text.Length - text.Length + newline + 1;
    }
}
