using Remedy.Compiler.Tests.Support;
using Remedy.TestSupport;

namespace Remedy.Compiler.Tests;

/// <summary>
/// Each folder under Cases holds main.remedy and main.diagnostics.remedy: the same source with
/// every diagnostic written as a comment under the offending line. A case named
/// rmdNNNN_... must report RMDNNNN; a case named rmdNNNN_ok_... must be clean.
/// </summary>
public sealed class CaseTests
{
    [Theory]
    [MemberData(nameof(CaseCatalog.Data), MemberType = typeof(CaseCatalog))]
    public void Reports_the_inline_diagnostics(string name)
    {
        var (source, diagnostics) = CaseCatalog.Compile(name);
        Baseline.Match(Path.Combine(CaseCatalog.Root, name, "main.diagnostics.remedy"), InlineDiagnostics.Annotate(source, diagnostics));

        var code = name.Length >= 7 && name.StartsWith("rmd", StringComparison.Ordinal) ? "RMD" + name[3..7] : null;
        if (code is null) return;
        if (name.Contains("_ok", StringComparison.Ordinal))
            Assert.True(diagnostics.Count == 0, $"near-miss case {name} must be clean but reports:\n{string.Join("\n", diagnostics)}");
        else
            Assert.Contains(diagnostics, d => d.Code == code);
    }

    [Fact]
    public void There_are_at_least_sixty_cases() => Assert.True(CaseCatalog.Names().Count() >= 60);
}
