using Remedy.Compiler.Tests.Support;
using Remedy.Compiler.Workspace;

namespace Remedy.Compiler.Tests.Stdlib;

/// <summary>The standard library and every example playbook check clean: no errors and no warnings.</summary>
public sealed class ExamplesTests
{
    public static IEnumerable<object[]> Examples() =>
        Directory.GetFiles(TestPaths.Combine("examples"), "*.remedy").Order(StringComparer.Ordinal).Select(f => new object[] { Path.GetFileName(f) });

    [Fact]
    public void The_standard_library_is_clean() =>
        Assert.Empty(Compilation.Create([]).GetDiagnostics());

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_is_clean(string file)
    {
        var path = TestPaths.Combine("examples", file);
        var compilation = Compilation.Create([new SourceDocument("examples/" + file, File.ReadAllText(path))]);
        Assert.True(compilation.GetDiagnostics().IsEmpty, string.Join("\n", compilation.GetDiagnostics()));
    }

    [Fact]
    public void All_examples_check_together()
    {
        var documents = Directory.GetFiles(TestPaths.Combine("examples"), "*.remedy")
            .Select(f => new SourceDocument("examples/" + Path.GetFileName(f), File.ReadAllText(f)));
        var compilation = Compilation.Create(documents);
        Assert.True(compilation.GetDiagnostics().IsEmpty, string.Join("\n", compilation.GetDiagnostics()));
        Assert.True(compilation.Analysis.Playbooks.Length >= 8);
    }
}
