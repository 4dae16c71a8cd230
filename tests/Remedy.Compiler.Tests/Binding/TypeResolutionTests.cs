using Remedy.Compiler.Workspace;

namespace Remedy.Compiler.Tests.Binding;

public sealed class TypeResolutionTests
{
    [Fact]
    public void A_resource_name_declared_by_two_imports_must_be_qualified()
    {
        var other = new SourceDocument("other.remedy", "module team.other\n/// Another pod.\nresource Pod { id: string }\n");
        var main = new SourceDocument("main.remedy", "module team.main\nimport std.k8s\nimport team.other\nquery a() -> list<Pod> { provider \"x.a\" }\nquery b() -> list<k8s.Pod> { provider \"x.b\" }\nquery c() -> other.Pod { provider \"x.c\" }\n");
        var diagnostics = Compilation.Create([other, main]).GetDiagnostics();
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("RMD0106", diagnostic.Code);
        Assert.Contains("ambiguous", diagnostic.Message);
        Assert.Equal(4, diagnostic.Span.Line);
    }
}
