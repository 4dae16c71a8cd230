namespace Remedy.Syntax.Text;

/// <summary>
/// A range of source text: the UTF-16 offset and length, and the 1-based line and
/// column (in UTF-16 code units, as editors and the LSP count them) of both ends.
/// </summary>
/// <param name="Start">Offset of the first character.</param>
/// <param name="Length">Number of UTF-16 code units covered.</param>
/// <param name="Line">1-based line of the first character.</param>
/// <param name="Column">1-based column of the first character.</param>
/// <param name="EndLine">1-based line just after the last character.</param>
/// <param name="EndColumn">1-based column just after the last character.</param>
public readonly record struct SourceSpan(int Start, int Length, int Line, int Column, int EndLine, int EndColumn)
{
    /// <summary>The offset just past the last character.</summary>
    public int End => Start + Length;

    /// <summary>An empty span at the start of a file, for nodes synthesised without source.</summary>
    public static SourceSpan None => new(0, 0, 1, 1, 1, 1);

    /// <summary>Whether <paramref name="offset"/> lies within this span (the end is inclusive, as a caret after a word still touches it).</summary>
    public bool Contains(int offset) => offset >= Start && offset <= End;

    /// <summary>The smallest span covering both spans.</summary>
    public SourceSpan Cover(SourceSpan other)
    {
        var first = other.Start < Start ? other : this;
        var last = other.End > End ? other : this;
        return new SourceSpan(first.Start, last.End - first.Start, first.Line, first.Column, last.EndLine, last.EndColumn);
    }

    /// <inheritdoc />
    public override string ToString() => $"{Line}:{Column}";
}
