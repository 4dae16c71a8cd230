using System.Text;
using Remedy.Syntax.Parsing;
using Remedy.Syntax.Tree;

namespace Remedy.Syntax.Tests.Formatting;

/// <summary>
/// Property tests over every Remedy file in the repository: each is re-laid out at random
/// (whitespace between tokens replaced by spaces, tabs, newlines, blank lines, block and line
/// comments), or gets comments inserted between random pairs of tokens, and the formatter's
/// invariants are checked on every variant. Newlines mean nothing to the parser, so every
/// variant is a valid file with the same tokens. The seeds are fixed, so a failure reproduces;
/// raise <see cref="VariantsPerFile"/> locally to search harder (1,000 per file ran clean).
/// </summary>
public sealed class FormatterFuzzTests
{
    private const int VariantsPerFile = 50;

    private static readonly string[] Replacements =
    [
        " ", "  ", "\n", "\n\n", "\n        ", "\n\n\n  ", "\t", " /* B */ ", " // L\n", "\n// L\n", "\n\n/* B\n   two lines */\n",
    ];

    public static IEnumerable<object[]> Files() => FormatCases.AllFiles();

    [Theory]
    [MemberData(nameof(Files))]
    public void Random_layouts_and_comments_keep_every_invariant(string relativePath)
    {
        var text = FormatCases.Read(relativePath).Replace("\r\n", "\n");
        var tree = SyntaxParser.Parse(text, relativePath);
        if (tree.HasErrors)
        {
            // A stdlib or example file being edited may not parse; it only has to be refused then.
            Assert.True(FormatCases.IsOwnedElsewhere(relativePath), $"{relativePath} has syntax errors:\n{string.Join("\n", tree.Diagnostics)}");
            FormatInvariants.CheckOrRefused(text, relativePath);
            return;
        }
        var gaps = WhitespaceGaps(text, tree);
        if (gaps.Count == 0) return;

        var random = new Random(relativePath.Length * 7919 + gaps.Count);
        for (var variant = 0; variant < VariantsPerFile; variant++)
        {
            var mutated = Mutate(text, tree, gaps, random, variant);
            FormatInvariants.Check(mutated, $"{relativePath} (variant {variant})");
        }
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Comments_between_any_two_tokens_keep_every_invariant(string relativePath)
    {
        var text = FormatCases.Read(relativePath).Replace("\r\n", "\n");
        var tree = SyntaxParser.Parse(text, relativePath);
        if (tree.HasErrors)
        {
            // A stdlib or example file being edited may not parse; it only has to be refused then.
            Assert.True(FormatCases.IsOwnedElsewhere(relativePath), $"{relativePath} has syntax errors:\n{string.Join("\n", tree.Diagnostics)}");
            FormatInvariants.CheckOrRefused(text, relativePath);
            return;
        }
        var boundaries = TokenBoundaries(tree);
        if (boundaries.Count == 0) return;

        var random = new Random(relativePath.Length * 104729 + boundaries.Count);
        for (var variant = 0; variant < VariantsPerFile; variant++)
        {
            // Spaces around the comment keep it from merging with a neighbouring '/' or '*'.
            var chosen = boundaries.Where(_ => random.NextDouble() < 0.15).ToHashSet();
            var builder = new StringBuilder();
            for (var i = 0; i < text.Length; i++)
            {
                if (chosen.Contains(i)) builder.Append(random.Next(3) == 0 ? $" // t{i}\n" : $" /* t{i} */ ");
                builder.Append(text[i]);
            }
            FormatInvariants.Check(builder.ToString(), $"{relativePath} (token variant {variant})");
        }
    }

    /// <summary>Offsets where a token of the tree starts or ends, outside string literals: any comment may go there.</summary>
    private static List<int> TokenBoundaries(SyntaxTree tree)
    {
        var strings = tree.Root.DescendantsAndSelf().OfType<StringLiteral>().Select(s => (s.Span.Start, s.Span.End)).ToList();
        bool InsideString(int offset) => strings.Any(r => offset > r.Start && offset < r.End);
        return tree.Root.DescendantsAndSelf()
            .Where(n => n.Span.Length > 0 && !n.ChildNodes().Any() || n is StringLiteral)
            .SelectMany(n => new[] { n.Span.Start, n.Span.End })
            .Where(o => !InsideString(o) && o < tree.Source.Text.Length)
            .Distinct()
            .Order()
            .ToList();
    }

    [Fact]
    public void Variants_really_differ_from_the_original()
    {
        var relativePath = FormatCases.AllPaths().First();
        var text = FormatCases.Read(relativePath).Replace("\r\n", "\n");
        var tree = SyntaxParser.Parse(text, relativePath);
        var gaps = WhitespaceGaps(text, tree);

        var mutated = Mutate(text, tree, gaps, new Random(1), 0);

        Assert.NotEqual(text, mutated);
        Assert.Equal(SyntaxDump.Write(tree.Root), SyntaxDump.Write(SyntaxParser.Parse(mutated).Root));
    }

    private static string Mutate(string text, SyntaxTree tree, List<(int Start, int End)> gaps, Random random, int variant)
    {
        var lineCommentEnds = tree.Comments.Where(c => c.Kind != CommentKind.Block).Select(c => c.Span.End).ToHashSet();
        var builder = new StringBuilder();
        var position = 0;
        var counter = 0;
        // Early variants change few gaps (realistic edits), later ones nearly all of them.
        var probability = 0.05 + 0.9 * variant / VariantsPerFile;
        foreach (var (start, end) in gaps)
        {
            builder.Append(text, position, start - position);
            var original = text[start..end];
            var replacement = random.NextDouble() < probability ? Replacements[random.Next(Replacements.Length)] : original;
            replacement = replacement.Replace("B", "b" + counter).Replace("L", "l" + counter);
            counter++;
            // A line comment must still end at a line break, or it would swallow the next tokens.
            if (lineCommentEnds.Contains(start) && !replacement.StartsWith('\n')) replacement = "\n" + replacement;
            builder.Append(replacement);
            position = end;
        }
        builder.Append(text, position, text.Length - position);
        return builder.ToString();
    }

    /// <summary>Runs of whitespace that lie outside comments and string literals, including the end of the file.</summary>
    private static List<(int Start, int End)> WhitespaceGaps(string text, SyntaxTree tree)
    {
        var protectedRanges = tree.Comments.Select(c => (c.Span.Start, c.Span.End))
            .Concat(tree.Root.DescendantsAndSelf().OfType<StringLiteral>().Select(s => (s.Span.Start, s.Span.End)))
            .ToList();
        var gaps = new List<(int, int)>();
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsWhiteSpace(text[i]) || protectedRanges.Any(r => i >= r.Start && i < r.End)) { i++; continue; }
            var start = i;
            while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
            gaps.Add((start, i));
        }
        return gaps;
    }
}
