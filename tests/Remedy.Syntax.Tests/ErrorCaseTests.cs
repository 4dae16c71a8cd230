using Remedy.Syntax.Parsing;
using Remedy.TestSupport;

namespace Remedy.Syntax.Tests;

/// <summary>
/// Each folder under Cases/Errors holds a malformed main.remedy and expected.txt with its
/// exact diagnostics (code, line, column, message) in MSBuild format.
/// </summary>
public sealed class ErrorCaseTests
{
    [Theory]
    [MemberData(nameof(TestCases.ErrorCases), MemberType = typeof(TestCases))]
    public void Reports_the_expected_diagnostics(string name)
    {
        var folder = Path.Combine(TestCases.Root, "Errors", name);
        var tree = SyntaxParser.Parse(File.ReadAllText(Path.Combine(folder, "main.remedy")), "main.remedy");

        Assert.NotEmpty(tree.Diagnostics);
        Baseline.Match(Path.Combine(folder, "expected.txt"), string.Join("\n", tree.Diagnostics));
    }

    [Fact]
    public void There_are_at_least_forty_error_cases() =>
        Assert.True(TestCases.ErrorCases().Count() >= 40, "issue 2 asks for at least 40 malformed inputs");
}
