using Remedy.Compiler.Tests.Support;
using Remedy.Compiler.Workspace;

namespace Remedy.Compiler.Tests.Binding;

public sealed class WorkspaceTests
{
    [Fact]
    public void Modules_span_files_and_imports_see_declarations_of_other_files()
    {
        var library = new SourceDocument("lib.remedy", """
            module team.dns
            /// A record.
            resource Record { zone: string, weight: int }
            /// Lists records.
            query records(zone: string) -> list<Record> { provider "dns.records"; timeout 5s; max_results 10 }
            """);
        var user = new SourceDocument("main.remedy", """
            module team.ops
            import team.dns as dns
            playbook watch {
                trigger alert "X"
                autonomy observe_only
                let weights = dns.records("example.com") | map it.weight
                let total = count(weights)
            }
            """);
        var compilation = Compilation.Create([library, user]);
        Assert.Empty(compilation.GetDiagnostics());
        Assert.True(compilation.Modules.ContainsKey("team.dns"));
    }

    [Fact]
    public void Diagnostics_are_the_same_on_every_compilation()
    {
        var text = File.ReadAllText(Path.Combine(CaseCatalog.Root, "rmd1005_bound_exceeds_max_targets", "main.remedy"));
        var first = Compile.Source(text).GetDiagnostics().Select(d => d.ToString()).ToList();
        var second = Compile.Source(text).GetDiagnostics().Select(d => d.ToString()).ToList();
        Assert.Equal(first, second);
        Assert.NotEmpty(first);
    }
}
