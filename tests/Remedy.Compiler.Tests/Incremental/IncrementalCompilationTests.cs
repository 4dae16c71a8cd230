using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Remedy.Syntax.Parsing;
using Remedy.Syntax.Tree;

namespace Remedy.Compiler.Tests.Incremental;

/// <summary>
/// The compiler's side of the incremental parser's differential test: after every random edit, a
/// compilation of the incrementally re-parsed tree reports exactly what a compilation of a tree
/// parsed from scratch reports (binding, types, analysis and safety included).
/// </summary>
public sealed class IncrementalCompilationTests
{
    private const string Playbook = """
        /// Recovers service {0}.
        playbook leak_{0} {{
            trigger alert "Leak{0}" where alert.labels["service"] == "svc{0}"
            autonomy {1}
            blast_radius {{ max_targets {2} }}
            timeout 10m
            let pods = k8s.pods(namespace: "ns{0}", selector: "app=svc{0}") | take {2}
            step restart {{
                for pod in pods batch 1 pause 30s {{
                    k8s.restart_pod(pod)
                }}
                timeout 3m
            }}
            verify within 2m every 15s {{
                prom.query("max(ratio)") < 0.8
            }}
            on failure {{ rollback; escalate "oncall" }}
        }}

        """;

    private static readonly ImmutableArray<SyntaxTree> Library = Compilation.ParseStandardLibrary();

    public static IEnumerable<object[]> Seeds() => Enumerable.Range(0, 4).Select(i => new object[] { i });

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Every_incremental_version_compiles_to_the_same_diagnostics_as_a_parse_from_scratch(int seed)
    {
        var random = new Random(seed);
        var text = new StringBuilder("module lab\nimport std.k8s\nimport std.prometheus as prom\n\n");
        string[] levels = ["observe", "suggest", "supervised", "autonomous"];
        for (var i = 0; i < 8; i++) text.AppendFormat(CultureInfo.InvariantCulture, Playbook, i, levels[i % levels.Length], i % 3 + 1);
        var current = text.ToString();
        var tree = SyntaxParser.ParseForEditing(current, "lab.remedy");
        var history = new List<string> { current };
        int withBindingErrors = 0, withSafetyFindings = 0;
        for (var edit = 0; edit < 60; edit++)
        {
            var next = Edit(current, history, random);
            var incremental = SyntaxParser.Reparse(tree, next);
            var scratch = SyntaxParser.Parse(next, "lab.remedy");
            var expected = Compile(scratch);
            Assert.Equal(Describe(expected), Describe(Compile(incremental)));
            if (expected.Any(d => d.Code.StartsWith("RMD01", StringComparison.Ordinal))) withBindingErrors++;
            if (expected.Any(d => d.Code.StartsWith("RMD10", StringComparison.Ordinal))) withSafetyFindings++;
            tree = incremental;
            current = next;
            history.Add(current);
        }
        // The comparison means something only if the versions had binding and safety diagnostics to compare.
        Assert.True(withBindingErrors >= 5, $"{withBindingErrors} versions with binding errors");
        Assert.True(withSafetyFindings >= 5, $"{withSafetyFindings} versions with safety findings");
    }

    private static ImmutableArray<Syntax.Diagnostics.Diagnostic> Compile(SyntaxTree tree) =>
        Compilation.Create([tree], Library, CompilationOptions.Default).GetDiagnostics();

    private static string Describe(ImmutableArray<Syntax.Diagnostics.Diagnostic> diagnostics) =>
        string.Join("\n", diagnostics.Select(d => $"{d} [{d.Span.Start}+{d.Span.Length} {d.Span.EndLine}:{d.Span.EndColumn}]"));

    private static string Edit(string text, List<string> history, Random random)
    {
        int LineStart()
        {
            var at = random.Next(text.Length + 1);
            return at == 0 ? 0 : text.LastIndexOf('\n', at - 1) + 1;
        }
        switch (random.Next(6))
        {
            case 0:
            {
                var digits = Enumerable.Range(0, text.Length).Where(i => char.IsAsciiDigit(text[i])).ToList();
                var at = digits[random.Next(digits.Count)];
                return text.Remove(at, 1).Insert(at, random.Next(10).ToString(CultureInfo.InvariantCulture));
            }
            case 1:
            {
                // A misspelt name: unknown lets, actions and levels are binding errors.
                var letters = Enumerable.Range(0, text.Length).Where(i => char.IsAsciiLetterLower(text[i])).ToList();
                var at = letters[random.Next(letters.Count)];
                return text.Remove(at, 1).Insert(at, ((char)('a' + random.Next(26))).ToString());
            }
            case 2:
                return text.Insert(LineStart(), random.Next(2) == 0 ? "\n" : "    wait 1m\n");
            case 3:
            {
                var start = LineStart();
                var end = text.IndexOf('\n', start);
                return end < 0 ? text : text.Remove(start, end - start + 1);
            }
            case 4:
            {
                // Deleting a guard (blast_radius, verify, on failure...) is a safety error.
                var start = LineStart();
                var end = text.IndexOf('\n', start);
                return end < 0 ? text : text.Insert(start, text[start..(end + 1)]);
            }
            default:
                return history[Math.Max(0, history.Count - 1 - random.Next(1, 3))];
        }
    }
}
