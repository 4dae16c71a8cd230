using Remedy.Syntax.Parsing;
using Remedy.Syntax.Tree;

namespace Remedy.Syntax.Tests;

/// <summary>
/// Thousands of random and mutated inputs: the parser never throws, always returns a tree,
/// and every diagnostic it reports lies within the text. Seeds are fixed so a failure repeats.
/// </summary>
public sealed class FuzzTests
{
    private static readonly string[] Fragments =
    [
        "playbook", "step", "{", "}", "(", ")", "[", "]", "\"", "${", "let", "=", "|", "where", "take", "for", "in",
        "verify", "within", "5m", "25%", "0.9", "3", "alert", ".", ",", ":", ";", "choose", "remedy", "by", "option",
        "autonomy", "supervised", "blast_radius", "max_targets", "on", "failure", "rollback", "/*", "*/", "//", "///",
        "\n", " ", "if", "else", "not", "and", "==", "<", "-", "simulation", "outcome", "success", "\"text ${x}\"",
        "é", "→", "\\", "#", "@", "\t", "\r\n", "module", "import", "as",
    ];

    public static IEnumerable<object[]> Seeds() => Enumerable.Range(0, 8).Select(i => new object[] { i });

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Mutated_valid_files_never_crash_the_parser(int seed)
    {
        var random = new Random(seed);
        var corpus = Directory.GetFiles(Path.Combine(TestCases.Root, "Valid"), "*.remedy").Select(File.ReadAllText).ToArray();
        for (var i = 0; i < 400; i++)
        {
            var text = Mutate(corpus[random.Next(corpus.Length)], random);
            AssertWellFormed(text);
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Random_token_soup_never_crashes_the_parser(int seed)
    {
        var random = new Random(1000 + seed);
        for (var i = 0; i < 200; i++)
        {
            var parts = Enumerable.Range(0, random.Next(1, 400)).Select(_ => Fragments[random.Next(Fragments.Length)]);
            AssertWellFormed(string.Join(random.Next(2) == 0 ? " " : "", parts));
        }
    }

    [Fact]
    public void Random_characters_never_crash_the_parser()
    {
        var random = new Random(7);
        for (var i = 0; i < 300; i++)
        {
            var chars = Enumerable.Range(0, random.Next(0, 2000)).Select(_ => (char)random.Next(1, 0x3000)).ToArray();
            AssertWellFormed(new string(chars));
        }
    }

    [Fact]
    public void Deep_nesting_is_handled()
    {
        AssertWellFormed("module m playbook p { let x = " + new string('(', 500) + "1" + new string(')', 500) + " }");
        AssertWellFormed("module m playbook p { let x = " + new string('[', 500) + " }");
        AssertWellFormed(string.Concat(Enumerable.Repeat("playbook p { step s { if a { ", 100)));
    }

    private static void AssertWellFormed(string text)
    {
        var tree = SyntaxParser.Parse(text, "fuzz.remedy");
        Assert.NotNull(tree.Root);
        foreach (var diagnostic in tree.Diagnostics)
        {
            Assert.InRange(diagnostic.Span.Start, 0, text.Length);
            Assert.InRange(diagnostic.Span.End, diagnostic.Span.Start, text.Length);
            Assert.False(string.IsNullOrWhiteSpace(diagnostic.Message));
            Assert.DoesNotContain("mismatched input", diagnostic.Message);
            Assert.DoesNotContain("expecting {", diagnostic.Message);
        }
        foreach (var node in tree.Root.DescendantsAndSelf())
        {
            Assert.InRange(node.Span.Start, 0, text.Length);
            Assert.InRange(node.Span.End, node.Span.Start, text.Length);
        }
    }

    private static string Mutate(string text, Random random)
    {
        var chars = text.ToList();
        var edits = random.Next(1, 6);
        for (var e = 0; e < edits && chars.Count > 0; e++)
        {
            var at = random.Next(chars.Count);
            switch (random.Next(5))
            {
                case 0: chars.RemoveRange(at, Math.Min(random.Next(1, 40), chars.Count - at)); break;
                case 1: chars.InsertRange(at, Fragments[random.Next(Fragments.Length)]); break;
                case 2: chars[at] = (char)random.Next(32, 127); break;
                case 3: chars.RemoveRange(at, chars.Count - at); break;
                default:
                    var from = random.Next(chars.Count);
                    var length = Math.Min(random.Next(1, 60), chars.Count - from);
                    chars.InsertRange(at, chars.GetRange(from, length).ToList());
                    break;
            }
        }
        return new string(chars.ToArray());
    }
}
