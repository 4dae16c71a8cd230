using Remedy.Compiler.Emit;
using Remedy.Compiler.Tests.Support;
using Remedy.Compiler.Workspace;
using Remedy.TestSupport;

namespace Remedy.Compiler.Tests.Emit;

/// <summary>
/// Golden files of emitted C#, one case per language feature: Cases/&lt;name&gt;/main.remedy and expected.cs
/// (REMEDY_ACCEPT_BASELINES=1 rewrites them). Every golden file also compiles, passes the allowlist check
/// and loads in the runtime.
/// </summary>
public sealed class EmitGoldenTests
{
    private static readonly PlaybookCompiler Compiler = new();

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var dir in Directory.GetDirectories(TestPaths.Combine("tests", "Remedy.Compiler.Tests", "Emit", "Cases")).Order(StringComparer.Ordinal))
            data.Add(Path.GetFileName(dir));
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Emitted_csharp_matches_the_golden_file_and_compiles(string name)
    {
        var folder = TestPaths.Combine("tests", "Remedy.Compiler.Tests", "Emit", "Cases", name);
        var compilation = Compilation.Create([new SourceDocument("main.remedy", File.ReadAllText(Path.Combine(folder, "main.remedy")))]);
        Assert.DoesNotContain(compilation.GetDiagnostics(), d => d.IsError);

        var result = Compiler.Compile(compilation, "golden_" + name);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var source = Assert.Single(result.Sources);
        Baseline.Match(Path.Combine(folder, "expected.cs"), source.Text);
        var runtime = new Runtime.Engine.PlaybookRuntime(new Runtime.Storage.InMemoryStore(), FakeProviders.For(result));
        var loaded = runtime.LoadAssembly(result.Image.ToArray(), name + ".dll");
        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Errors));
    }

    [Fact]
    public void There_are_at_least_fifteen_golden_cases()
    {
        var names = Directory.GetDirectories(TestPaths.Combine("tests", "Remedy.Compiler.Tests", "Emit", "Cases")).Select(Path.GetFileName).ToList();
        Assert.True(names.Count >= 15, $"{names.Count} cases");
        Assert.All(names, name => Assert.True(File.Exists(TestPaths.Combine("tests", "Remedy.Compiler.Tests", "Emit", "Cases", name!, "expected.cs")), name));
    }
}
