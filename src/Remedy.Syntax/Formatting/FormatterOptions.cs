namespace Remedy.Syntax.Formatting;

/// <summary>Layout settings of the <see cref="Formatter"/>. The defaults are the canonical Remedy style.</summary>
public sealed record FormatterOptions
{
    /// <summary>The canonical settings: 4-space indentation, 100 columns, LF line endings.</summary>
    public static FormatterOptions Default { get; } = new();

    /// <summary>Spaces per indentation level (at least 1).</summary>
    public int IndentSize { get; init; } = 4;

    /// <summary>
    /// The width a line should not exceed: short blocks are kept on one line and pipelines stay
    /// on one line only while they fit. Nothing else is wrapped, so a long call may still exceed it.
    /// </summary>
    public int MaxLineWidth { get; init; } = 100;

    /// <summary>The line ending written between lines ("\n" or "\r\n").</summary>
    public string NewLine { get; init; } = "\n";
}
