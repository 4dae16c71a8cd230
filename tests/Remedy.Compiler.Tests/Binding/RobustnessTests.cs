using Remedy.Compiler.Tests.Support;
using Remedy.Compiler.Workspace;

namespace Remedy.Compiler.Tests.Binding;

/// <summary>Binding, analysis and safety never throw, whatever the parser recovered from.</summary>
public sealed class RobustnessTests
{
    private static IEnumerable<string> Sources() =>
        Directory.GetFiles(TestPaths.Combine("examples"), "*.remedy")
            .Concat(Directory.GetFiles(TestPaths.Combine("tests", "Remedy.Syntax.Tests", "Cases"), "*.remedy", SearchOption.AllDirectories))
            .Concat(Directory.GetFiles(CaseCatalog.Root, "main.remedy", SearchOption.AllDirectories))
            .Order(StringComparer.Ordinal)
            .Select(File.ReadAllText);

    private static void CompileEverything(string text)
    {
        var compilation = Compilation.Create([new SourceDocument("main.remedy", text)]);
        _ = compilation.GetDiagnostics();
        foreach (var playbook in compilation.Analysis.Playbooks) _ = playbook.MutatingCalls;
        var model = compilation.GetSemanticModel(compilation.SyntaxTrees[0]);
        var seen = new HashSet<Remedy.Compiler.Symbols.Symbol>(ReferenceEqualityComparer.Instance);
        for (var offset = 0; offset < text.Length; offset += 5)
        {
            if (model.GetSymbolAt(offset) is { } symbol && seen.Add(symbol)) _ = model.FindReferences(symbol);
            _ = model.GetTypeAt(offset);
        }
    }

    [Fact]
    public void Every_sample_and_case_compiles_without_throwing()
    {
        foreach (var text in Sources()) CompileEverything(text);
    }

    [Fact]
    public void Mutated_sources_compile_without_throwing()
    {
        var random = new Random(20261126);
        var sources = Sources().ToList();
        for (var i = 0; i < 300; i++)
        {
            var text = sources[random.Next(sources.Count)];
            if (text.Length < 2) continue;
            var start = random.Next(text.Length);
            var length = Math.Min(random.Next(1, 12), text.Length - start);
            var mutated = (i % 3) switch
            {
                0 => text.Remove(start, length),
                1 => text.Insert(start, "{(\"[" [random.Next(4)].ToString()),
                _ => text.Insert(start, text.Substring(random.Next(text.Length - length), length)),
            };
            CompileEverything(mutated);
        }
    }
}
