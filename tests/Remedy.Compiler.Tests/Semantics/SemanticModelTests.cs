using Remedy.Compiler.Semantics;
using Remedy.Compiler.Symbols;
using Remedy.Compiler.Tests.Support;
using Remedy.Compiler.Types;
using Remedy.Syntax.Tree;

namespace Remedy.Compiler.Tests.Semantics;

public sealed class SemanticModelTests
{
    private const string Text = Compile.Header + """
        playbook p {
            trigger alert "HighMemory"
            autonomy supervised
            blast_radius { max_targets 3 }
            timeout 10m
            let pods = k8s.pods(namespace: "payments", selector: "app=x") | where it.ready | take 3
            step s {
                for pod in pods { k8s.restart_pod(pod) }
                timeout 5m
            }
            verify within 2m { count(pods) >= 0 }
        }
        """;

    private static (Compilation, SemanticModel, SyntaxTree) Model()
    {
        var compilation = Compile.Source(Text);
        var tree = compilation.SyntaxTrees[0];
        return (compilation, compilation.GetSemanticModel(tree), tree);
    }

    [Fact]
    public void The_model_is_cached_per_tree()
    {
        var (compilation, model, tree) = Model();
        Assert.Same(model, compilation.GetSemanticModel(tree));
    }

    [Fact]
    public void Symbol_at_a_query_name_is_the_stdlib_query_with_its_docs()
    {
        var (_, model, _) = Model();
        var symbol = model.GetSymbolAt(Text.IndexOf("k8s.pods", StringComparison.Ordinal) + 5);
        var query = Assert.IsType<QuerySymbol>(symbol);
        Assert.Equal("std.k8s", query.ModuleName);
        Assert.Equal("stdlib/std.k8s.remedy", query.Path);
        Assert.Contains("pods", SemanticModel.GetDocumentation(query));
        Assert.StartsWith("query std.k8s.pods(namespace: string, selector: string)", SemanticModel.GetHoverText(query));
    }

    [Fact]
    public void Types_of_expressions_are_known()
    {
        var (_, model, tree) = Model();
        var let = tree.Root.DescendantsAndSelf().OfType<LetStatement>().Single();
        Assert.Equal("list<std.k8s.Pod>", model.GetType(let.Value).DisplayName);
        var at = model.GetTypeAt(Text.IndexOf("it.ready", StringComparison.Ordinal) + 4);
        Assert.NotNull(at);
        Assert.Equal(TypeKind.Bool, at.Value.Type.Kind);
    }

    [Fact]
    public void References_of_a_let_include_its_declaration_and_uses()
    {
        var (_, model, _) = Model();
        var symbol = model.GetSymbolAt(Text.IndexOf("let pods", StringComparison.Ordinal) + 5);
        Assert.IsType<LocalSymbol>(symbol);
        var references = model.FindReferences(symbol!);
        Assert.Equal(3, references.Length);
        Assert.True(references[0].IsDeclaration);
        Assert.All(references, r => Assert.Equal("main.remedy", r.Path));
    }

    [Fact]
    public void Bounds_and_durations_are_exposed()
    {
        var (_, model, tree) = Model();
        var analysis = Assert.Single(model.GetPlaybookAnalyses());
        Assert.Equal(TimeSpan.FromMinutes(7), analysis.WorstCase);
        var loop = tree.Root.DescendantsAndSelf().OfType<ForStatement>().Single();
        Assert.Equal(3, model.GetBound(loop.Source).Value);
        var step = tree.Root.DescendantsAndSelf().OfType<StepDecl>().Single();
        Assert.Equal(TimeSpan.FromMinutes(5), model.GetStepAnalysis(step)!.WorstCase);
    }

    [Fact]
    public void The_loop_variable_refers_to_the_pod_type()
    {
        var (_, model, _) = Model();
        var symbol = model.GetSymbolAt(Text.IndexOf("restart_pod(pod)", StringComparison.Ordinal) + 13);
        Assert.Equal(SymbolKind.LoopVariable, symbol?.Kind);
        Assert.Equal("std.k8s.Pod", symbol!.Type.DisplayName);
    }
}
