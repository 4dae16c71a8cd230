using System.Text.RegularExpressions;
using Remedy.Compiler.Tests.Support;
using Remedy.Compiler.Workspace;
using Remedy.Syntax.Diagnostics;

namespace Remedy.Compiler.Tests;

/// <summary>
/// Every code's page is checked against the compiler: the first remedy example reports the
/// page's code, and the last one (the fix) compiles cleanly. RMD0019 (an unreadable file) has
/// no source example: no text can show a file that cannot be read.
/// </summary>
public sealed partial class DocumentationTests
{
    [GeneratedRegex(@"```remedy\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex RemedyBlock();

    public static IEnumerable<object[]> CompilerCodes() =>
        // Emit codes (RMD2xxx) are about generated C#, which the Roslyn escape tests check instead.
        DiagnosticCatalog.All.Where(d => d.Code != DiagnosticCatalog.UnreadableFile.Code && string.CompareOrdinal(d.Code, "RMD2000") < 0).Select(d => new object[] { d.Code });

    [Theory]
    [MemberData(nameof(CompilerCodes))]
    public void The_example_reports_the_code_and_the_fix_is_clean(string code)
    {
        var page = File.ReadAllText(TestPaths.Combine("docs", "diagnostics", code + ".md"));
        var blocks = RemedyBlock().Matches(page).Select(m => m.Groups[1].Value).ToList();
        Assert.True(blocks.Count >= 2, $"{code}.md needs a failing example and a fix");

        var failing = Compilation.Create([new SourceDocument("example.remedy", blocks[0])]).GetDiagnostics();
        Assert.Contains(failing, d => d.Code == code);

        var fixedDiagnostics = Compilation.Create([new SourceDocument("fix.remedy", blocks[^1])]).GetDiagnostics();
        Assert.True(fixedDiagnostics.IsEmpty, $"the fix in {code}.md reports:\n{string.Join("\n", fixedDiagnostics)}");
    }
}
