using Remedy.Syntax.Formatting;
using Remedy.TestSupport;

namespace Remedy.Syntax.Tests.Formatting;

/// <summary>
/// Golden output for every format case (Cases/Format/&lt;name&gt;/input.remedy → expected.remedy)
/// and every parser valid case, plus the formatter's invariants on every Remedy file in the
/// repository, stdlib/ and examples/ included.
/// </summary>
public sealed class FormatterCaseTests
{
    [Theory]
    [MemberData(nameof(FormatCases.CaseFolders), MemberType = typeof(FormatCases))]
    public void Format_case_matches_its_golden_output(string name)
    {
        var folder = Path.Combine(FormatCases.FormatRoot, name);
        var input = File.ReadAllText(Path.Combine(folder, "input.remedy"));

        var formatted = FormatInvariants.Check(input, name + "/input.remedy");

        Baseline.Match(Path.Combine(folder, "expected.remedy"), formatted);
    }

    [Theory]
    [MemberData(nameof(FormatCases.CaseFolders), MemberType = typeof(FormatCases))]
    public void Format_case_golden_output_is_already_canonical(string name)
    {
        var expected = File.ReadAllText(Path.Combine(FormatCases.FormatRoot, name, "expected.remedy"));

        var result = new Formatter().Format(expected, name + "/expected.remedy");

        Assert.True(result.Succeeded, result.FailureReason);
        Assert.False(result.Changed, $"expected.remedy of {name} is not in canonical form:\n{Baseline.Diff(expected, result.Text!)}");
    }

    [Theory]
    [MemberData(nameof(FormatCases.ValidFiles), MemberType = typeof(FormatCases))]
    public void Valid_case_matches_its_golden_output(string file)
    {
        var path = Path.Combine(FormatCases.ValidRoot, file);

        var formatted = FormatInvariants.Check(File.ReadAllText(path), file);

        Baseline.Match(Path.Combine(FormatCases.ValidBaselineRoot, file), formatted);
    }

    [Theory]
    [MemberData(nameof(FormatCases.AllFiles), MemberType = typeof(FormatCases))]
    public void Formatting_is_idempotent_and_keeps_the_tree_and_every_comment(string relativePath)
    {
        if (FormatCases.IsOwnedElsewhere(relativePath)) FormatInvariants.CheckOrRefused(FormatCases.Read(relativePath), relativePath);
        else FormatInvariants.Check(FormatCases.Read(relativePath), relativePath);
    }

    [Fact]
    public void There_are_at_least_eight_format_cases() =>
        Assert.True(FormatCases.CaseFolders().Count() >= 8, "the format cases should cover at least eight kinds of input");
}
