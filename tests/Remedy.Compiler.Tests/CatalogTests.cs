using Remedy.Compiler.Tests.Support;
using Remedy.Syntax.Diagnostics;
using Remedy.TestSupport;

namespace Remedy.Compiler.Tests;

/// <summary>Every code is defined once, documented, triggered by a case and missed by a clean near-miss case.</summary>
public sealed class CatalogTests
{
    public static IEnumerable<object[]> Codes() => DiagnosticCatalog.All.Select(d => new object[] { d.Code });

    public static IEnumerable<object[]> SyntaxCodes() =>
        DiagnosticCatalog.All.Where(d => string.CompareOrdinal(d.Code, "RMD0100") < 0)
            // RMD0019 is reported by the readers of files (a file that is not UTF-8), not by the parser.
            .Where(d => d.Code != "RMD0019")
            .Select(d => new object[] { d.Code });

    // Emit codes (RMD2xxx) describe generated C#, not .remedy source: the escape tests in Roslyn/ trigger them.
    public static IEnumerable<object[]> CompilerCodes() =>
        DiagnosticCatalog.All.Where(d => string.CompareOrdinal(d.Code, "RMD0100") >= 0 && string.CompareOrdinal(d.Code, "RMD2000") < 0).Select(d => new object[] { d.Code });

    [Fact]
    public void Codes_are_defined_once()
    {
        var duplicates = DiagnosticCatalog.All.GroupBy(d => d.Code).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.Empty(duplicates);
        var fields = typeof(DiagnosticCatalog).GetFields().Where(f => f.FieldType == typeof(DiagnosticDescriptor)).Select(f => (DiagnosticDescriptor)f.GetValue(null)!).ToList();
        Assert.Equal(fields.Count, DiagnosticCatalog.All.Length);
        Assert.All(fields, f => Assert.Contains(f, DiagnosticCatalog.All));
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Code_has_a_documentation_page(string code)
    {
        var page = TestPaths.Combine("docs", "diagnostics", code + ".md");
        Assert.True(File.Exists(page), $"{code} has no page at docs/diagnostics/{code}.md");
        var text = File.ReadAllText(page);
        Assert.StartsWith("# " + code, text);
        Assert.Contains("## ", text);
        // Every page shows failing source, except RMD0019 whose subject is a file that cannot be read at all.
        if (code != "RMD0019") Assert.Contains("```remedy", text);
    }

    [Theory]
    [MemberData(nameof(CompilerCodes))]
    public void Code_has_a_triggering_case_and_a_clean_near_miss(string code)
    {
        var prefix = code.ToLowerInvariant() + "_";
        var cases = CaseCatalog.Names().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)).ToList();
        var triggering = cases.Where(n => !n.Contains("_ok", StringComparison.Ordinal)).ToList();
        Assert.True(triggering.Count > 0, $"no case named {prefix}... triggers {code}");
        Assert.Contains(triggering, n => CaseCatalog.BaselineCodes(n).Contains(code));
        Assert.True(cases.Any(n => n.Contains("_ok", StringComparison.Ordinal)), $"no near-miss case named {prefix}ok_...");
    }

    [Theory]
    [MemberData(nameof(SyntaxCodes))]
    public void Syntax_code_is_triggered_by_a_syntax_case(string code)
    {
        var errors = TestPaths.Combine("tests", "Remedy.Syntax.Tests", "Cases", "Errors");
        Assert.Contains(Directory.GetFiles(errors, "expected.txt", SearchOption.AllDirectories), f => File.ReadAllText(f).Contains(code + ":", StringComparison.Ordinal));
    }
}
