using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Remedy.Compiler;
using Remedy.Syntax.Tree;

namespace Remedy.LanguageServer.Workspace;

/// <summary>
/// One compilation per workspace snapshot: the open documents (at their versions), the
/// workspace folders' other files and the standard library, compiled together so names resolve
/// across files as <c>remedy check</c> resolves them. Trees are reused (each version is parsed
/// once), so a new snapshot re-binds and re-checks but re-parses only what changed.
/// </summary>
public sealed class CompilationCache
{
    private readonly ConditionalWeakTable<WorkspaceSnapshot, Lazy<Task<Compilation>>> _compilations = new();
    private readonly Lazy<ImmutableArray<SyntaxTree>> _standardLibrary = new(() => Compilation.ParseStandardLibrary());

    /// <summary>The compilation of a snapshot, computed once on first request.</summary>
    public Task<Compilation> GetAsync(WorkspaceSnapshot snapshot) =>
        _compilations.GetValue(snapshot, s => new Lazy<Task<Compilation>>(() => Task.Run(() => CompileAsync(s)), LazyThreadSafetyMode.ExecutionAndPublication)).Value;

    private async Task<Compilation> CompileAsync(WorkspaceSnapshot snapshot)
    {
        var open = new List<SyntaxTree>();
        foreach (var document in snapshot.Documents.Values.OrderBy(d => d.Uri, StringComparer.Ordinal))
            open.Add(await document.TreeAsync.ConfigureAwait(false));
        var openPaths = open.Select(t => t.Path).ToHashSet(StringComparer.Ordinal);
        var folderFiles = snapshot.Library.Sources.Where(s => !s.IsStandardLibrary && !openPaths.Contains(s.Tree.Path)).Select(s => s.Tree);
        var trees = open.Concat(folderFiles).ToImmutableArray();
        // A workspace that holds the standard library's own files (this repository) compiles those instead of the embedded copies.
        var declared = trees.Select(t => t.Root.Module?.Name.Text).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var library = _standardLibrary.Value.Where(t => t.Root.Module?.Name.Text is not { } name || !declared.Contains(name)).ToImmutableArray();
        return Compilation.Create(trees, library, CompilationOptions.Default);
    }
}
