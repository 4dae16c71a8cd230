using Remedy.Compiler.Emit;
using Remedy.Compiler.Tests.Support;
using Remedy.Compiler.Workspace;

namespace Remedy.Compiler.Tests.Emit;

/// <summary>
/// Every front-end baseline case without errors (the near-miss "ok" cases and the warning cases) also compiles
/// to a checked assembly: whatever the front-end accepts, the back end translates or refuses with RMD2006,
/// never with a crash or a Roslyn error.
/// </summary>
public sealed class CleanCaseCompileTests
{
    private static readonly PlaybookCompiler Compiler = new();

    private static List<string> CleanCaseNames() =>
        [.. Directory.GetDirectories(TestPaths.Combine("tests", "Remedy.Compiler.Tests", "Cases")).Order(StringComparer.Ordinal)
            .Where(dir => !Compilation.Create([new SourceDocument("main.remedy", File.ReadAllText(Path.Combine(dir, "main.remedy")))]).GetDiagnostics().Any(d => d.IsError))
            .Select(dir => Path.GetFileName(dir))];

    public static TheoryData<string> CleanCases() => new(CleanCaseNames());

    [Theory]
    [MemberData(nameof(CleanCases))]
    public void A_clean_case_compiles_or_is_refused_with_rmd2006(string name)
    {
        var text = File.ReadAllText(TestPaths.Combine("tests", "Remedy.Compiler.Tests", "Cases", name, "main.remedy"));
        var result = Compiler.Compile([new SourceDocument("main.remedy", text)], "case_" + name);

        Assert.True(result.Succeeded || result.Diagnostics.Where(d => d.IsError).All(d => d.Code == "RMD2006"), string.Join("\n", result.Diagnostics));
    }

    [Fact]
    public void Most_clean_cases_compile()
    {
        var names = CleanCaseNames();
        var compiled = names.Count(n => Compiler.Compile([new SourceDocument("main.remedy", File.ReadAllText(TestPaths.Combine("tests", "Remedy.Compiler.Tests", "Cases", n, "main.remedy")))], "case_" + n).Succeeded);
        Assert.True(names.Count > 50, $"{names.Count} clean cases");
        Assert.True(compiled >= names.Count - 2, $"{compiled} of {names.Count} compiled");
    }
}
