using Remedy.LanguageServer.Protocol;
using Remedy.LanguageServer.Server;
using Remedy.LanguageServer.Workspace;
using Remedy.Syntax.Text;

namespace Remedy.LanguageServer.Analysis;

/// <summary>One open document with everything a feature needs to read it: its tree, the modules it can see and a resolver.</summary>
internal sealed class DocumentContext
{
    private DocumentContext(OpenDocument document, ModuleSet modules)
    {
        Document = document;
        Modules = modules;
        Source = modules.Find(document.Uri)!;
        Resolver = new SymbolResolver(modules);
    }

    public OpenDocument Document { get; }

    public ModuleSet Modules { get; }

    public ModuleSource Source { get; }

    public SymbolResolver Resolver { get; }

    public SourceText Text => Document.Text;

    public static DocumentContext For(RequestContext context, string uri)
    {
        var document = context.GetDocument(uri);
        return new DocumentContext(document, new ModuleSet(context.Snapshot));
    }

    public int OffsetOf(Position position) => Positions.ToOffset(Document.Text, position);

    public static Location LocationOf(Symbol symbol) => new(symbol.Source!.Uri, Positions.ToRange(symbol.NameSpan));
}
