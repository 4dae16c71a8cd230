using System.Text;

namespace Remedy.Compiler.Emit;

/// <summary>Builds C# text line by line at the current indentation (four spaces a level), with <c>\n</c> line ends.</summary>
internal sealed class IndentedWriter
{
    private readonly StringBuilder text = new();

    /// <summary>The current indentation level.</summary>
    public int Level { get; private set; }

    /// <summary>The column (1-based) where a line written now starts its code.</summary>
    public int CodeColumn => (Level * 4) + 1;

    /// <summary>Writes one line at the current indentation (an empty line has none).</summary>
    /// <param name="line">The line.</param>
    public void Line(string line = "")
    {
        if (line.Length > 0)
        {
            text.Append(' ', Level * 4);
        }

        text.Append(line).Append('\n');
    }

    /// <summary>Writes a line at column 1 whatever the indentation (preprocessor directives).</summary>
    /// <param name="line">The line.</param>
    public void Directive(string line) => text.Append(line).Append('\n');

    /// <summary>Writes <c>{</c> and indents.</summary>
    public void Open()
    {
        Line("{");
        Level++;
    }

    /// <summary>Unindents and writes <c>}</c> followed by <paramref name="suffix"/>.</summary>
    /// <param name="suffix">Text after the brace, e.g. <c>, ct);</c>.</param>
    public void Close(string suffix = "")
    {
        Level--;
        Line("}" + suffix);
    }

    /// <inheritdoc />
    public override string ToString() => text.ToString();
}
