using System.Runtime.CompilerServices;
using System.Text;
using Xunit.Sdk;

namespace Remedy.TestSupport;

/// <summary>
/// Golden-file assertions. Set REMEDY_ACCEPT_BASELINES=1 to write the actual output as the
/// new baseline instead of failing; review the diff in git before committing it.
/// </summary>
public static class Baseline
{
    /// <summary>The environment variable that accepts new baselines.</summary>
    public const string AcceptVariable = "REMEDY_ACCEPT_BASELINES";

    /// <summary>Whether this run rewrites baselines.</summary>
    public static bool Accepting => Environment.GetEnvironmentVariable(AcceptVariable) is "1" or "true";

    /// <summary>Compares <paramref name="actual"/> with the file, or writes it when accepting.</summary>
    public static void Match(string baselinePath, string actual)
    {
        actual = Normalize(actual);
        if (Accepting)
        {
            File.WriteAllText(baselinePath, actual);
            return;
        }
        if (!File.Exists(baselinePath))
            throw new XunitException($"Baseline {baselinePath} does not exist. Run with {AcceptVariable}=1 to create it. Actual:\n{actual}");
        var expected = Normalize(File.ReadAllText(baselinePath));
        if (expected != actual)
            throw new XunitException($"Output differs from baseline {baselinePath} (run with {AcceptVariable}=1 to accept):\n{Diff(expected, actual)}");
    }

    /// <summary>The folder holding a test project's data in the source tree.</summary>
    public static string SourceDirectory(string projectName, params string[] parts) =>
        Path.Combine([RepositoryRoot(), "tests", projectName, .. parts]);

    /// <summary>
    /// The repository root: above the test binaries when they are built in the tree, otherwise
    /// (an --artifacts-path build elsewhere) where this file was compiled from.
    /// </summary>
    public static string RepositoryRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, CompiledFrom() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "Remedy.Lang.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("Remedy.Lang.sln not found above " + AppContext.BaseDirectory + " or " + CompiledFrom());
    }

    private static string CompiledFrom([CallerFilePath] string path = "") => Path.GetDirectoryName(path) ?? "/";

    private static string Normalize(string text) => text.Replace("\r\n", "\n").TrimEnd('\n') + "\n";

    /// <summary>A line diff: '-' lines only in the baseline, '+' lines only in the actual output.</summary>
    public static string Diff(string expected, string actual)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
            for (var j = b.Length - 1; j >= 0; j--)
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
        var output = new StringBuilder();
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y]) { output.Append("  ").AppendLine(a[x]); x++; y++; }
            else if (y < b.Length && (x == a.Length || lcs[x, y + 1] >= lcs[x + 1, y])) { output.Append("+ ").AppendLine(b[y]); y++; }
            else { output.Append("- ").AppendLine(a[x]); x++; }
        }
        return output.ToString();
    }
}
