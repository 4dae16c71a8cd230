using Remedy.LanguageServer.Analysis;
using Remedy.LanguageServer.Protocol;
using Remedy.LanguageServer.Server;
using Remedy.LanguageServer.Workspace;
using Remedy.Syntax.Tree;

namespace Remedy.LanguageServer.Features.WorkspaceSymbols;

/// <summary><c>workspace/symbol</c>: declarations of the open documents, the workspace folders and the standard library, matched by subsequence.</summary>
internal sealed class WorkspaceSymbolsHandler : RequestHandler<WorkspaceSymbolParams, IReadOnlyList<SymbolInformation>>
{
    private const int MaxResults = 500;

    public override string Method => LspMethods.WorkspaceSymbol;

    public override ServerCapabilities Advertise(ServerCapabilities capabilities) => capabilities with { WorkspaceSymbolProvider = true };

    protected override IReadOnlyList<SymbolInformation> Handle(WorkspaceSymbolParams parameters, RequestContext context, CancellationToken cancellationToken)
    {
        var modules = new ModuleSet(context.Snapshot);
        return [.. modules.All
            .OrderBy(s => s.IsStandardLibrary)
            .ThenBy(s => s.Uri, StringComparer.Ordinal)
            .SelectMany(s => s.Tree.Root.Declarations.Where(d => !d.Name.IsMissing && Matches(d.Name.Name, parameters.Query)).Select(d => (Source: s, Declaration: d)))
            .Take(MaxResults)
            .Select(x => new SymbolInformation(x.Declaration.Name.Name, Kind(x.Declaration), new Location(x.Source.Uri, Positions.ToRange(x.Declaration.Name.Span)),
                x.Source.ModuleName.Length > 0 ? x.Source.ModuleName : null))];
    }

    /// <summary>Whether the query's characters appear in the name in order, ignoring case, as editors' symbol pickers expect.</summary>
    internal static bool Matches(string name, string query)
    {
        var at = 0;
        foreach (var c in query)
        {
            at = name.IndexOf(c.ToString(), at, StringComparison.OrdinalIgnoreCase);
            if (at < 0) return false;
            at++;
        }
        return true;
    }

    private static SymbolKind Kind(Declaration declaration) => declaration switch
    {
        ResourceDecl => SymbolKind.Struct,
        QueryDecl => SymbolKind.Function,
        ActionDecl => SymbolKind.Method,
        PlaybookDecl => SymbolKind.Class,
        _ => SymbolKind.Object,
    };
}
