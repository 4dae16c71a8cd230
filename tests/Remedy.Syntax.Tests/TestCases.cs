using Remedy.TestSupport;

namespace Remedy.Syntax.Tests;

/// <summary>Finds the data-driven cases of this project.</summary>
internal static class TestCases
{
    public static string Root => Baseline.SourceDirectory("Remedy.Syntax.Tests", "Cases");

    public static IEnumerable<object[]> ValidFiles() =>
        Directory.GetFiles(Path.Combine(Root, "Valid"), "*.remedy").Order(StringComparer.Ordinal).Select(f => new object[] { Path.GetFileName(f) });

    public static IEnumerable<object[]> ErrorCases() =>
        Directory.GetDirectories(Path.Combine(Root, "Errors")).Order(StringComparer.Ordinal).Select(d => new object[] { Path.GetFileName(d) });
}
