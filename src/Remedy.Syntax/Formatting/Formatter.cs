using Remedy.Syntax.Parsing;
using Remedy.Syntax.Tree;

namespace Remedy.Syntax.Formatting;

/// <summary>
/// Prints a Remedy file in its one canonical layout, from the syntax tree rather than by
/// re-indenting the text, keeping every comment. <c>remedy fmt</c> is built on it.
/// </summary>
/// <remarks>
/// <para>The layout:</para>
/// <list type="bullet">
/// <item><description><c>module</c>, then the imports, then the declarations, separated by one blank
/// line; exactly one blank line between declarations. Inside a body, one blank line is kept
/// wherever the source had one or more, never right after <c>{</c> or right before <c>}</c>.</description></item>
/// <item><description>Indentation of <see cref="FormatterOptions.IndentSize"/> spaces per level, <c>{</c> on the
/// line of its header, one member per line, no optional <c>;</c> or trailing comma, single spaces
/// around binary operators and after commas and colons, <c>{ a: 1 }</c> for maps and records,
/// <c>[a, b]</c> for lists, <c>{ }</c> for an empty body.</description></item>
/// <item><description>Short blocks: a nested construct with a body (<c>blast_radius</c>, <c>circuit_breaker</c>,
/// <c>step</c>, <c>verify</c>, <c>choose</c>, <c>option</c>, <c>on</c>, <c>if</c>/<c>else</c>,
/// <c>for</c>) stays on one line exactly when it was on one line in the source, contains no
/// comment, and the line fits in <see cref="FormatterOptions.MaxLineWidth"/> columns; its members
/// are then separated by <c>; </c> (a space after a member that ends with <c>}</c>). Top-level
/// declarations are always laid out one member per line. Since the output of a one-line
/// construct is one line again, the rule is stable.</description></item>
/// <item><description>Pipelines in a let value, an expression statement, a verify condition or a capture are
/// broken one stage per line (<c>| where ...</c> one level deeper) when the source broke any stage
/// onto a new line or the pipeline does not fit on its line; nested pipelines stay on one line.
/// Nothing else is wrapped.</description></item>
/// <item><description>Literals are printed exactly as written; parentheses exactly where written.</description></item>
/// <item><description>Comments are placed by position: comments before a member stay on lines of their own
/// before it, at its indentation; a comment that starts on the last line of a member (or inside it
/// after its last part) stays at the end of that line after one space, and so does a run of such
/// comments up to the first line comment or multi-line block comment; a comment on the line of a
/// <c>{</c> stays after the <c>{</c>; comments before a <c>}</c> stay inside the body (an empty
/// body holding only one-line block comments on one line stays <c>{ /* ... */ }</c>); comments
/// between the parts of an expression stay between them (a line comment there continues the
/// expression on the next line, one level deeper, and breaks a pipeline it is in); comments
/// between a <c>}</c> and <c>else if</c> move to the top of the else-if body. Doc comments
/// (<c>///</c>) never trail anything: they keep their own line, and the blank line (or its
/// absence) that decides whether they document the next declaration or field. Line comments and
/// block comments lose trailing blanks; doc comments are kept byte for byte.</description></item>
/// <item><description>A <c>;</c> is kept between two members only where the next member would otherwise continue
/// the previous one (it starts with <c>(</c>, <c>[</c> or <c>-</c>, and similar cases).</description></item>
/// </list>
/// <para>A file with syntax errors is refused, never rewritten. Every result is re-parsed and checked
/// to have the same tree (ignoring spans) and the same comments as the input; if it does not, the
/// formatter refuses rather than write something else. Formatting its own output changes nothing.</para>
/// </remarks>
public sealed class Formatter
{
    /// <summary>The reason given for refusing a file with syntax errors.</summary>
    public const string SyntaxErrorsReason = "the file has syntax errors; fix them before formatting";

    /// <summary>Creates a formatter.</summary>
    /// <param name="options">Layout settings; <see cref="FormatterOptions.Default"/> when null.</param>
    public Formatter(FormatterOptions? options = null)
    {
        options ??= FormatterOptions.Default;
        if (options.IndentSize < 1) throw new ArgumentOutOfRangeException(nameof(options), "IndentSize must be at least 1.");
        if (options.MaxLineWidth < 1) throw new ArgumentOutOfRangeException(nameof(options), "MaxLineWidth must be at least 1.");
        if (options.NewLine is not ("\n" or "\r\n")) throw new ArgumentOutOfRangeException(nameof(options), "NewLine must be \"\\n\" or \"\\r\\n\".");
        Options = options;
    }

    /// <summary>The layout settings in use.</summary>
    public FormatterOptions Options { get; }

    /// <summary>Parses and formats a file's text.</summary>
    /// <param name="text">The file's text.</param>
    /// <param name="path">The file's path, as shown in diagnostics.</param>
    public FormatResult Format(string text, string path = "") => Format(SyntaxParser.Parse(text, path));

    /// <summary>Formats a parsed file; refuses when the tree has syntax errors.</summary>
    /// <param name="tree">The parsed file.</param>
    public FormatResult Format(SyntaxTree tree)
    {
        ArgumentNullException.ThrowIfNull(tree);
        if (tree.HasErrors) return FormatResult.Refused(SyntaxErrorsReason);

        string formatted;
        try
        {
            formatted = SyntaxPrinter.Print(tree, Options);
        }
        catch (InvalidOperationException exception)
        {
            return FormatResult.Refused($"the formatter failed ({exception.Message}); the file was left unchanged. Please report this as a bug.");
        }

        if (Difference(tree, formatted) is { } difference)
            return FormatResult.Refused($"the formatter could not keep the file's meaning ({difference}); the file was left unchanged. Please report this as a bug.");

        if (Options.NewLine != "\n") formatted = formatted.Replace("\n", Options.NewLine);
        return FormatResult.Success(tree.Source.Text, formatted);
    }

    /// <summary>Why <paramref name="formatted"/> is not equivalent to the original tree, or null when it is.</summary>
    private static string? Difference(SyntaxTree original, string formatted)
    {
        var reparsed = SyntaxParser.Parse(formatted, original.Path);
        if (reparsed.HasErrors)
            return "its output has syntax errors: " + reparsed.Diagnostics.First(d => d.IsError);
        if (SyntaxDump.Write(reparsed.Root) != SyntaxDump.Write(original.Root))
            return "its output parses to a different tree";
        var before = original.Comments.Select(CommentText.Normalize).Order(StringComparer.Ordinal);
        var after = reparsed.Comments.Select(CommentText.Normalize).Order(StringComparer.Ordinal);
        if (!before.SequenceEqual(after, StringComparer.Ordinal))
            return "its output does not have the same comments";
        return null;
    }
}
