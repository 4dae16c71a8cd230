using Remedy.Compiler;
using Remedy.Compiler.Workspace;
using Remedy.Syntax.Text;
using Remedy.Syntax.Tree;

namespace Remedy.LanguageServer.Workspace;

/// <summary>
/// One document the client has open, at one version. Immutable: an edit makes a new instance,
/// so a request that started on this version keeps a consistent view while later edits arrive.
/// The compilation is computed on first use and shared by every feature that reads this version.
/// </summary>
public sealed class OpenDocument
{
    private readonly Lazy<Task<Compilation>> _compilation;

    /// <summary>Creates a document at a version.</summary>
    public OpenDocument(string uri, int version, string text)
    {
        Uri = uri;
        Version = version;
        Path = DocumentUri.ToPath(uri);
        Text = new SourceText(text, Path);
        // The first reader starts the compilation on the thread pool and every reader awaits the
        // same task, so no request thread blocks while another parses the same version.
        _compilation = new Lazy<Task<Compilation>>(() => Task.Run(() => Compilation.Create([new SourceDocument(Path, text)])), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The document's URI as the client names it.</summary>
    public string Uri { get; }

    /// <summary>The local path, used in diagnostics.</summary>
    public string Path { get; }

    /// <summary>The version the client gave this text.</summary>
    public int Version { get; }

    /// <summary>The text, with its line table for position conversion.</summary>
    public SourceText Text { get; }

    /// <summary>The compilation of this document, computed once on first request.</summary>
    public Task<Compilation> CompilationAsync => _compilation.Value;

    /// <summary>The compilation of this document; request handlers read it after the queue has awaited <see cref="CompilationAsync"/>.</summary>
    public Compilation Compilation => _compilation.Value.GetAwaiter().GetResult();

    /// <summary>The syntax tree of this version.</summary>
    public SyntaxTree Tree => Compilation.SyntaxTrees[0];
}
