using Remedy.Compiler.Semantics;
using Remedy.Compiler.Symbols;
using Remedy.Compiler.Tests.Support;
using Remedy.Compiler.Workspace;

namespace Remedy.Compiler.Tests.Binding;

public sealed class WorkspaceReuseTests
{
    [Fact]
    public void Changing_one_document_reparses_only_that_document()
    {
        var workspace = RemedyWorkspace.Create()
            .WithDocument(new SourceDocument("a.remedy", "module a\nplaybook p { trigger alert \"X\"; autonomy observe_only }\n"))
            .WithDocument(new SourceDocument("b.remedy", "module b\nplaybook q { trigger alert \"Y\"; autonomy observe_only }\n"));
        var changed = workspace.WithDocument(new SourceDocument("b.remedy", "module b\nplaybook q { trigger alert \"Y\"; autonomy observ_only }\n"));

        Assert.Same(workspace.Trees["a.remedy"], changed.Trees["a.remedy"]);
        Assert.NotSame(workspace.Trees["b.remedy"], changed.Trees["b.remedy"]);
        Assert.Same(workspace.StandardLibrary[0], changed.StandardLibrary[0]);
        Assert.Empty(workspace.Compilation.GetDiagnostics());
        Assert.Contains(changed.Compilation.GetDiagnostics(), d => d.Code == "RMD0007" && d.Path == "b.remedy");
        Assert.Empty(changed.RemoveDocument("b.remedy").Compilation.GetDiagnostics());
    }

    [Fact]
    public void Notify_statements_and_import_names_have_symbols()
    {
        const string text = Compile.Header + "playbook p {\n    trigger alert \"X\"\n    autonomy observe_only\n    step s { notify \"ops\" \"hello\" }\n    let pods = k8s.pods(namespace: \"a\", selector: \"app=x\") | take 1\n}\n";
        var compilation = Compile.Source(text);
        var model = compilation.GetSemanticModel(compilation.SyntaxTrees[0]);

        var notify = Assert.IsType<ActionSymbol>(model.GetSymbolAt(text.IndexOf("notify", StringComparison.Ordinal) + 1));
        Assert.Equal("std.notify", notify.ModuleName);

        var alias = Assert.IsType<ImportAliasSymbol>(model.GetSymbolAt(text.IndexOf("k8s.pods", StringComparison.Ordinal) + 1));
        Assert.Contains("module std.k8s", SemanticModel.GetDocumentation(alias));
        var references = model.FindReferences(alias);
        Assert.Equal(2, references.Length);
        Assert.True(references[0].IsDeclaration);
    }
}
