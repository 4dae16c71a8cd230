using System.Runtime.CompilerServices;
using Remedy.TestSupport;

namespace Remedy.Syntax.Tests.Formatting;

/// <summary>
/// The files the formatter is tested on. Paths are relative to the repository root so that test
/// names say which file failed.
/// </summary>
internal static class FormatCases
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string ProjectRoot => Path.Combine(RepositoryRoot, "tests", "Remedy.Syntax.Tests");

    public static string FormatRoot => Path.Combine(ProjectRoot, "Cases", "Format");

    public static string ValidRoot => Path.Combine(ProjectRoot, "Cases", "Valid");

    public static string ErrorRoot => Path.Combine(ProjectRoot, "Cases", "Errors");

    /// <summary>Golden files for the parser's valid cases (which live outside the formatter's folders).</summary>
    public static string ValidBaselineRoot => Path.Combine(ProjectRoot, "Formatting", "Baselines");

    public static IEnumerable<object[]> CaseFolders() =>
        Directory.GetDirectories(FormatRoot).Order(StringComparer.Ordinal).Select(d => new object[] { Path.GetFileName(d) });

    public static IEnumerable<object[]> ValidFiles() =>
        Directory.GetFiles(ValidRoot, "*.remedy").Order(StringComparer.Ordinal).Select(f => new object[] { Path.GetFileName(f) });

    public static IEnumerable<object[]> ErrorCases() =>
        Directory.GetDirectories(ErrorRoot).Order(StringComparer.Ordinal).Select(d => new object[] { Path.GetFileName(d) });

    /// <summary>
    /// Every valid Remedy file in the repository: the parser's valid cases, both sides of each
    /// format case, and whatever stdlib/ and examples/ hold (possibly nothing yet).
    /// </summary>
    public static IEnumerable<object[]> AllFiles() => AllPaths().Select(p => new object[] { p });

    public static IEnumerable<string> AllPaths()
    {
        var root = RepositoryRoot;
        var files = new List<string>();
        files.AddRange(Directory.GetFiles(ValidRoot, "*.remedy"));
        files.AddRange(Directory.GetFiles(FormatRoot, "*.remedy", SearchOption.AllDirectories));
        foreach (var folder in new[] { "stdlib", "examples" })
        {
            var path = Path.Combine(root, folder);
            if (Directory.Exists(path)) files.AddRange(Directory.GetFiles(path, "*.remedy", SearchOption.AllDirectories));
        }
        return files.Select(f => Path.GetRelativePath(root, f).Replace('\\', '/')).Order(StringComparer.Ordinal);
    }

    /// <summary>
    /// Whether the file belongs to another part of the project (stdlib/, examples/), which may be
    /// mid-edit; such a file with syntax errors only has to be refused, not formatted.
    /// </summary>
    public static bool IsOwnedElsewhere(string relativePath) =>
        relativePath.StartsWith("stdlib/", StringComparison.Ordinal) || relativePath.StartsWith("examples/", StringComparison.Ordinal);

    public static string Read(string relativePath) => File.ReadAllText(Path.Combine(RepositoryRoot, relativePath));

    // Baseline.RepositoryRoot walks up from the test binaries, which fails when they are built
    // with --artifacts-path outside the repository; this file's own path always works.
    private static string FindRepositoryRoot([CallerFilePath] string thisFile = "")
    {
        try
        {
            return Baseline.RepositoryRoot();
        }
        catch (InvalidOperationException)
        {
            var dir = new DirectoryInfo(Path.GetDirectoryName(thisFile)!);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Remedy.Lang.sln"))) dir = dir.Parent;
            return dir?.FullName ?? throw new InvalidOperationException("Remedy.Lang.sln not found above " + thisFile);
        }
    }
}
