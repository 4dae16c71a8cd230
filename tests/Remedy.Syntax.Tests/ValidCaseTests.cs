using Remedy.Syntax.Parsing;
using Remedy.Syntax.Tree;
using Remedy.TestSupport;

namespace Remedy.Syntax.Tests;

public sealed class ValidCaseTests
{
    [Theory]
    [MemberData(nameof(TestCases.ValidFiles), MemberType = typeof(TestCases))]
    public void Parses_without_diagnostics_and_matches_tree_baseline(string file)
    {
        var path = Path.Combine(TestCases.Root, "Valid", file);
        var tree = SyntaxParser.Parse(File.ReadAllText(path), file);

        if (!tree.Diagnostics.IsEmpty) Assert.Fail(string.Join("\n", tree.Diagnostics));
        Baseline.Match(Path.ChangeExtension(path, ".tree"), SyntaxDump.Write(tree.Root));
    }
}
