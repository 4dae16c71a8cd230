using Remedy.Syntax.Formatting;
using Remedy.Syntax.Parsing;
using Remedy.Syntax.Tree;
using Remedy.TestSupport;
using Xunit.Sdk;

namespace Remedy.Syntax.Tests.Formatting;

/// <summary>
/// The promises of the formatter, checked independently of the formatter's own self-check:
/// it succeeds on a file without syntax errors, the result parses to the same tree (ignoring
/// spans), holds the same comments, and formatting it again changes nothing.
/// </summary>
internal static class FormatInvariants
{
    public static string Check(string text, string path)
    {
        var tree = SyntaxParser.Parse(text, path);
        if (tree.HasErrors) throw new XunitException($"{path} has syntax errors:\n{string.Join("\n", tree.Diagnostics)}\n--- input ---\n{text}");

        var result = new Formatter().Format(tree);
        if (!result.Succeeded) throw new XunitException($"{path} was refused: {result.FailureReason}\n--- input ---\n{text}");
        var formatted = result.Text!;

        var reparsed = SyntaxParser.Parse(formatted, path);
        if (reparsed.HasErrors)
            throw new XunitException($"the formatted {path} has syntax errors:\n{string.Join("\n", reparsed.Diagnostics)}\n--- output ---\n{formatted}");

        var before = SyntaxDump.Write(tree.Root);
        var after = SyntaxDump.Write(reparsed.Root);
        if (before != after)
            throw new XunitException($"formatting {path} changed its tree:\n{Baseline.Diff(before, after)}\n--- output ---\n{formatted}");

        var commentsBefore = CommentTexts(tree);
        var commentsAfter = CommentTexts(reparsed);
        if (!commentsBefore.SequenceEqual(commentsAfter))
            throw new XunitException($"formatting {path} changed its comments:\n{Baseline.Diff(string.Join("\n", commentsBefore), string.Join("\n", commentsAfter))}\n--- output ---\n{formatted}");

        var again = new Formatter().Format(reparsed);
        if (!again.Succeeded) throw new XunitException($"the formatted {path} was refused: {again.FailureReason}");
        if (again.Text != formatted)
            throw new XunitException($"formatting {path} is not idempotent:\n{Baseline.Diff(formatted, again.Text!)}\n--- input ---\n{text}");
        if (again.Changed) throw new XunitException($"formatting the formatted {path} reports a change");

        CheckLayout(formatted, path);
        return formatted;
    }

    /// <summary>
    /// For a file owned by another part of the project: when it has syntax errors the formatter
    /// must refuse it without returning text; otherwise every invariant must hold. Returns whether
    /// the file was valid.
    /// </summary>
    public static bool CheckOrRefused(string text, string path)
    {
        var tree = SyntaxParser.Parse(text, path);
        if (!tree.HasErrors)
        {
            Check(text, path);
            return true;
        }
        var result = new Formatter().Format(tree);
        if (result.Succeeded || result.Text is not null || result.FailureReason != Formatter.SyntaxErrorsReason)
            throw new XunitException($"{path} has syntax errors but the formatter did not refuse it");
        return false;
    }

    /// <summary>Comments compared by kind and text, ignoring trailing blanks and line-ending style.</summary>
    public static List<string> CommentTexts(SyntaxTree tree) =>
        tree.Comments
            .Select(c => c.Kind + " " + string.Join("\n", c.Text.Replace("\r\n", "\n").Split('\n').Select(l => l.TrimEnd())))
            .Order(StringComparer.Ordinal)
            .ToList();

    private static void CheckLayout(string formatted, string path)
    {
        if (formatted.Length == 0) return;
        if (!formatted.EndsWith('\n') || formatted.EndsWith("\n\n", StringComparison.Ordinal))
            throw new XunitException($"the formatted {path} does not end with exactly one newline");
        var lines = formatted.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Contains('\t') && !line.Contains('"') && !line.Contains("/*") && !line.Contains("//"))
                throw new XunitException($"the formatted {path} has a tab at line {i + 1}");
            if (line.Length > 0 && line.TrimStart().Length > 0 && (line.Length - line.TrimStart().Length) % 4 != 0 && !IsInBlockComment(lines, i))
                throw new XunitException($"the formatted {path} has indentation that is not a multiple of 4 at line {i + 1}: '{line}'");
            if (i + 1 < lines.Length && line.Length == 0 && lines[i + 1].Length == 0)
                throw new XunitException($"the formatted {path} has two blank lines in a row at line {i + 1}");
        }
    }

    // Continuation lines of a block comment keep the indentation they were written with.
    private static bool IsInBlockComment(string[] lines, int index)
    {
        var open = false;
        for (var i = 0; i < index; i++)
        {
            var line = lines[i];
            var start = line.LastIndexOf("/*", StringComparison.Ordinal);
            var end = line.LastIndexOf("*/", StringComparison.Ordinal);
            if (start >= 0 && start > end) open = true;
            else if (end >= 0 && end > start) open = false;
        }
        return open;
    }
}
