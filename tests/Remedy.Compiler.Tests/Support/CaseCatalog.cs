using Remedy.Compiler.Workspace;
using Remedy.TestSupport;
using Remedy.Syntax.Diagnostics;

namespace Remedy.Compiler.Tests.Support;

/// <summary>The data-driven cases under Cases/: one folder per case, with main.remedy and main.diagnostics.remedy.</summary>
public static class CaseCatalog
{
    public static string Root => TestPaths.Combine("tests", "Remedy.Compiler.Tests", "Cases");

    public static IEnumerable<string> Names() =>
        Directory.GetDirectories(Root).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);

    public static IEnumerable<object[]> Data() => Names().Select(n => new object[] { n });

    /// <summary>Compiles a case with the standard library; returns the diagnostics of main.remedy only.</summary>
    public static (string Source, IReadOnlyList<Diagnostic> Diagnostics) Compile(string name)
    {
        var source = File.ReadAllText(Path.Combine(Root, name, "main.remedy"));
        var compilation = Compilation.Create([new SourceDocument("main.remedy", source)]);
        return (source, compilation.GetDiagnostics().Where(d => d.Path == "main.remedy").ToList());
    }

    /// <summary>The codes written in a case's diagnostics baseline.</summary>
    public static IReadOnlySet<string> BaselineCodes(string name)
    {
        var path = Path.Combine(Root, name, "main.diagnostics.remedy");
        if (!File.Exists(path)) return new HashSet<string>();
        return System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(path), @"^//\s*\^+ (?:error|warning|info) (RMD\d{4}):", System.Text.RegularExpressions.RegexOptions.Multiline)
            .Select(m => m.Groups[1].Value).ToHashSet();
    }
}
