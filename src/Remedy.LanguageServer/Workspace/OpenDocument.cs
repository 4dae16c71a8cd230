using Remedy.Syntax.Parsing;
using Remedy.Syntax.Text;
using Remedy.Syntax.Tree;

namespace Remedy.LanguageServer.Workspace;

/// <summary>
/// One document the client has open, at one version. Immutable: an edit makes a new instance,
/// so a request that started on this version keeps a consistent view while later edits arrive.
/// The syntax tree is parsed once, on first use, and shared by every feature that reads this
/// version and by the workspace compilation.
/// </summary>
public sealed class OpenDocument
{
    private readonly Lazy<Task<SyntaxTree>> _tree;
    private Task<SyntaxTree>? _baseTree;

    /// <summary>Creates a document at a version.</summary>
    /// <param name="uri">The document's URI.</param>
    /// <param name="version">The version the client gave this text.</param>
    /// <param name="text">The whole text.</param>
    /// <param name="previous">The version this one was edited from; its parse is reused for the declarations the edit left alone.</param>
    public OpenDocument(string uri, int version, string text, OpenDocument? previous = null)
    {
        Uri = uri;
        Version = version;
        Path = DocumentUri.ToPath(uri);
        Text = new SourceText(text, Path);
        // The nearest earlier version whose parse has started is the base to re-parse from; versions
        // a burst of edits skipped were never parsed, and only their text differs. Holding that
        // task (not the documents) keeps at most one older tree alive, and only until this parse starts.
        _baseTree = previous is null || previous.Path != Path ? null : previous._tree.IsValueCreated ? previous._tree.Value : previous._baseTree;
        // The first reader starts the parse on the thread pool and every reader awaits the same
        // task, so no request thread blocks while another parses the same version.
        _tree = new Lazy<Task<SyntaxTree>>(() =>
        {
            var baseTree = _baseTree;
            _baseTree = null;
            return Task.Run(() => ParseAsync(text, baseTree));
        }, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    private async Task<SyntaxTree> ParseAsync(string text, Task<SyntaxTree>? previousTree)
    {
        if (previousTree is null) return SyntaxParser.ParseForEditing(text, Path);
        try
        {
            return SyntaxParser.Reparse(await previousTree.ConfigureAwait(false), text);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // A failed parse of the previous version must not cost this one its tree.
            return SyntaxParser.ParseForEditing(text, Path);
        }
    }

    /// <summary>The document's URI as the client names it.</summary>
    public string Uri { get; }

    /// <summary>The local path, used in diagnostics.</summary>
    public string Path { get; }

    /// <summary>The version the client gave this text.</summary>
    public int Version { get; }

    /// <summary>The text, with its line table for position conversion.</summary>
    public SourceText Text { get; }

    /// <summary>The syntax tree of this version, parsed once on first request.</summary>
    public Task<SyntaxTree> TreeAsync => _tree.Value;

    /// <summary>The syntax tree; request handlers read it after the queue has awaited <see cref="TreeAsync"/>.</summary>
    public SyntaxTree Tree => _tree.Value.GetAwaiter().GetResult();
}
