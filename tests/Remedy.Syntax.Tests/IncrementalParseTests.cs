using System.Text;
using Remedy.Syntax.Parsing;
using Remedy.Syntax.Tree;
using Remedy.TestSupport;

namespace Remedy.Syntax.Tests;

/// <summary>
/// Differential test of <see cref="SyntaxParser.Reparse"/>: random edits (digits, renames, new
/// lines, comments, doc comments, moved and duplicated text, deletions across declarations,
/// broken syntax, unbalanced braces and quotes, undo) are applied one after another, each version
/// re-parsed incrementally from the previous incremental tree, and the tree (every span), the
/// comments and the diagnostics must equal a parse from scratch after every edit.
/// </summary>
public sealed class IncrementalParseTests
{
    private static readonly string[] Fragments =
    [
        "{", "}", "(", ")", "\"", "${", "let x = 1\n", "playbook p {\n", "}\n", "step s {\n", "|", ".", ",", "\n", " ",
        "/// doc\n", "// note\n", "/*", "*/", "verify { true }\n", "take 3", "é", "@", ";", "import std.k8s as k\n", "max_targets 5\n",
    ];

    public static IEnumerable<object[]> Seeds() => Enumerable.Range(0, 12).Select(i => new object[] { i });

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Every_incremental_parse_equals_a_parse_from_scratch(int seed)
    {
        var random = new Random(seed);
        var corpus = Corpus();
        // One file with the declarations of two others after it, so there is always something to reuse.
        var text = corpus[seed % corpus.Length] + "\n" + WithoutHeader(corpus[(seed + 3) % corpus.Length]) + "\n" + WithoutHeader(corpus[(seed + 7) % corpus.Length]);
        // Half the seeds put each declaration on the line where the one before ends, so that an edit
        // to the end of one moves the next along its line (columns change, not only lines).
        if (seed % 2 == 1) text = System.Text.RegularExpressions.Regex.Replace(text, "}\\s*\n(?=(///[^\n]*\n)*(playbook|resource|action|query|simulation) )", "} ");
        var tree = SyntaxParser.ParseForEditing(text, "edited.remedy");
        var history = new List<string> { text };
        var clean = new List<string> { text };
        var reusedEdits = 0;
        for (var edit = 0; edit < 150; edit++)
        {
            // A broken file is parsed whole, so the walk mostly returns to a version that parsed cleanly.
            var (description, next) = tree.Incremental is null && random.Next(4) != 0 && clean.Count > 0
                ? ("back to a clean version", clean[random.Next(Math.Max(0, clean.Count - 3), clean.Count)])
                : Edit(text, history, corpus, random);
            var incremental = SyntaxParser.Reparse(tree, next);
            var scratch = SyntaxParser.Parse(next, "edited.remedy");
            var context = $"seed {seed}, edit {edit} ({description})";
            Assert.True(SyntaxDump.Write(scratch.Root, includeSpans: true) == SyntaxDump.Write(incremental.Root, includeSpans: true), $"trees differ after {context}");
            Assert.True(scratch.Comments.SequenceEqual(incremental.Comments), $"comments differ after {context}");
            Assert.Equal(Describe(scratch), Describe(incremental));
            if (incremental.Incremental?.Reused > 0) reusedEdits++;
            tree = incremental;
            text = next;
            history.Add(text);
            if (tree.Incremental is not null) clean.Add(text);
        }
        // The comparison means something only if declarations were actually reused.
        Assert.True(reusedEdits >= 40, $"only {reusedEdits} of 150 edits reused a declaration");
    }

    [Fact]
    public void An_edit_reparses_only_the_declaration_it_touches()
    {
        var text = string.Join("\n", Enumerable.Range(0, 5).Select(i => $"playbook p{i} {{\n  trigger alert \"A{i}\"\n  let n = {i}\n}}\n"));
        var before = SyntaxParser.ParseForEditing(text, "five.remedy");
        var edited = text.Replace("let n = 2", "let n = 22", StringComparison.Ordinal);
        var after = SyntaxParser.Reparse(before, edited);

        Assert.Same(before.Root.Declarations[0], after.Root.Declarations[0]);
        Assert.NotSame(before.Root.Declarations[2], after.Root.Declarations[2]);
        // The declarations after the edit are moved by one character, not parsed again.
        Assert.Equal(before.Root.Declarations[4].Span.Start + 1, after.Root.Declarations[4].Span.Start);
        Assert.Equal(SyntaxDump.Write(SyntaxParser.Parse(edited, "five.remedy").Root, includeSpans: true), SyntaxDump.Write(after.Root, includeSpans: true));
    }

    [Fact]
    public void Lines_moved_by_an_edit_keep_the_warnings_that_depend_on_them()
    {
        // The warning for a line that continues the expression above compares token lines: the
        // tokens kept from the old lexing after the edit must have moved lines, not only offsets.
        var filler = string.Concat(Enumerable.Range(0, 12).Select(i => $"playbook filler{i} {{\n  trigger alert \"F{i}\"\n}}\n"));
        var text = filler + "playbook p {\n  trigger alert \"A\"\n  let a = 1\n" + new string('\n', 3) + "  let b = 2\n  let c = a\n    - b\n}\n" + filler.Replace("filler", "after", StringComparison.Ordinal);
        var tree = SyntaxParser.ParseForEditing(text, "lines.remedy");
        Assert.Contains(tree.Diagnostics, d => d.Code == "RMD0021");
        foreach (var edited in new[] { text.Replace("let a = 1\n", "let a = 1\n\n\n", StringComparison.Ordinal), text.Replace("let a = 1\n\n", "let a = 1 ", StringComparison.Ordinal) })
        {
            var incremental = SyntaxParser.Reparse(tree, edited);
            var scratch = SyntaxParser.Parse(edited, "lines.remedy");
            Assert.Equal(Describe(scratch), Describe(incremental));
            Assert.Equal(SyntaxDump.Write(scratch.Root, includeSpans: true), SyntaxDump.Write(incremental.Root, includeSpans: true));
            tree = incremental;
        }
    }

    [Fact]
    public void Reparsing_unchanged_text_returns_the_same_tree()
    {
        var tree = SyntaxParser.ParseForEditing("playbook p {\n  trigger alert \"A\"\n}\n", "same.remedy");
        Assert.Same(tree, SyntaxParser.Reparse(tree, tree.Source.Text));
    }

    [Fact]
    public void A_one_off_parse_keeps_nothing_for_edits_and_reparsing_it_parses_whole()
    {
        const string text = "playbook p {\n  trigger alert \"A\"\n}\nplaybook q {\n  trigger alert \"B\"\n}\n";
        var once = SyntaxParser.Parse(text, "once.remedy");
        Assert.Null(once.Incremental);
        var edited = SyntaxParser.Reparse(once, text.Replace("\"B\"", "\"C\"", StringComparison.Ordinal));
        Assert.NotNull(edited.Incremental);
        Assert.Equal(0, edited.Incremental!.Reused);
        Assert.Equal(1, SyntaxParser.Reparse(edited, edited.Source.Text + "\n").Incremental!.Reused);
    }

    private static string[] Corpus()
    {
        var valid = Directory.GetFiles(Path.Combine(TestCases.Root, "Valid"), "*.remedy");
        var stdlib = Directory.GetFiles(Path.Combine(Baseline.RepositoryRoot(), "stdlib"), "*.remedy");
        return [.. valid.Concat(stdlib).Order(StringComparer.Ordinal).Select(File.ReadAllText)];
    }

    private static string WithoutHeader(string text) =>
        string.Join("\n", text.Split('\n').Where(l => !l.StartsWith("module ", StringComparison.Ordinal) && !l.StartsWith("import ", StringComparison.Ordinal)));

    private static string Describe(SyntaxTree tree) =>
        string.Join("\n", tree.Diagnostics.Select(d => $"{d} [{d.Span.Start}+{d.Span.Length} {d.Span.EndLine}:{d.Span.EndColumn}]"));

    private static (string Description, string Text) Edit(string text, List<string> history, string[] corpus, Random random)
    {
        int At() => random.Next(text.Length + 1);
        int LineStart()
        {
            var at = At();
            var start = at == 0 ? 0 : text.LastIndexOf('\n', at - 1) + 1;
            return start;
        }
        switch (random.Next(14))
        {
            case 0:
            {
                var digits = Enumerable.Range(0, text.Length).Where(i => char.IsAsciiDigit(text[i])).ToList();
                if (digits.Count == 0) goto default;
                var i = digits[random.Next(digits.Count)];
                return ("change a digit", Replace(text, i, 1, random.Next(10).ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }
            case 1:
                return ("insert a line break", Replace(text, LineStart(), 0, random.Next(2) == 0 ? "\n" : "\n\n"));
            case 2:
                return ("insert a comment", Replace(text, LineStart(), 0, random.Next(2) == 0 ? "// note\n" : "/// doc\n"));
            case 3:
            {
                var letters = Enumerable.Range(0, text.Length).Where(i => char.IsAsciiLetterLower(text[i])).ToList();
                if (letters.Count == 0) goto default;
                return ("rename", Replace(text, letters[random.Next(letters.Count)], 1, ((char)('a' + random.Next(26))).ToString()));
            }
            case 4:
            {
                var start = At();
                return ("delete a few characters", Replace(text, start, Math.Min(random.Next(1, 6), text.Length - start), ""));
            }
            case 5:
            {
                var start = At();
                return ("delete across declarations", Replace(text, start, Math.Min(random.Next(20, 400), text.Length - start), ""));
            }
            case 6:
                return ("insert a fragment", Replace(text, At(), 0, Fragments[random.Next(Fragments.Length)]));
            case 7:
            {
                var start = LineStart();
                var end = text.IndexOf('\n', start);
                if (end < 0) goto default;
                return ("duplicate a line", Replace(text, start, 0, text[start..(end + 1)]));
            }
            case 8:
                return ("unbalanced brace", Replace(text, At(), 0, random.Next(2) == 0 ? "{" : "}"));
            case 9:
            {
                var back = history[Math.Max(0, history.Count - 1 - random.Next(1, 4))];
                return ("undo", back);
            }
            case 10:
            {
                var start = LineStart();
                var length = Math.Min(random.Next(10, 300), text.Length - start);
                var moved = text.Substring(start, length);
                var rest = text.Remove(start, length);
                var target = random.Next(rest.Length + 1);
                target = target == 0 ? 0 : rest.LastIndexOf('\n', target - 1) + 1;
                return ("move text", rest.Insert(target, moved));
            }
            case 11:
            {
                var other = corpus[random.Next(corpus.Length)];
                var from = random.Next(other.Length);
                from = from == 0 ? 0 : other.LastIndexOf('\n', from - 1) + 1;
                var piece = other.Substring(from, Math.Min(random.Next(10, 200), other.Length - from));
                return ("paste from another file", Replace(text, LineStart(), 0, piece));
            }
            case 12:
            {
                // Puts a declaration on the line of the text before it, so columns move too.
                var breaks = Enumerable.Range(0, text.Length).Where(i => text[i] == '\n').ToList();
                if (breaks.Count == 0) goto default;
                return ("join two lines", Replace(text, breaks[random.Next(breaks.Count)], 1, " "));
            }
            case 13:
            {
                var closing = Enumerable.Range(0, text.Length).Where(i => text[i] == '}').ToList();
                if (closing.Count == 0) goto default;
                var at = closing[random.Next(closing.Count)] + random.Next(2);
                return ("text beside a closing brace", Replace(text, at, 0, random.Next(2) == 0 ? "  " : " ;"));
            }
            default:
                return ("append a line", text + "\n");
        }
    }

    private static string Replace(string text, int start, int length, string insert) =>
        new StringBuilder(text.Length - length + insert.Length).Append(text, 0, start).Append(insert).Append(text, start + length, text.Length - start - length).ToString();
}
