using Remedy.LanguageServer.Workspace;
using Remedy.Syntax.Tree;

namespace Remedy.LanguageServer.Analysis;

/// <summary>
/// Every file a request can see: the open documents (their current text wins over the disk) and
/// the library (standard library and workspace folder files), grouped by module name.
/// </summary>
internal sealed class ModuleSet
{
    private readonly Dictionary<string, ModuleSource> _byUri = new(StringComparer.Ordinal);
    private readonly Lazy<ILookup<string, ModuleSource>> _byModule;

    public ModuleSet(WorkspaceSnapshot snapshot)
    {
        foreach (var source in snapshot.Library.Sources) _byUri[source.Uri] = source;
        foreach (var document in snapshot.Documents.Values) _byUri[document.Uri] = new ModuleSource(document.Uri, document.Tree, false);
        _byModule = new Lazy<ILookup<string, ModuleSource>>(() => _byUri.Values.ToLookup(s => s.ModuleName, StringComparer.Ordinal));
    }

    public IEnumerable<ModuleSource> All => _byUri.Values;

    public ModuleSource? Find(string uri) => _byUri.GetValueOrDefault(uri);

    public IEnumerable<ModuleSource> Module(string name) => _byModule.Value[name];

    /// <summary>The module an import in <paramref name="source"/> names by <paramref name="localName"/> (its alias or last part).</summary>
    public string? ImportedModule(ModuleSource source, string localName) =>
        source.Tree.Root.Imports.FirstOrDefault(i => i.LocalName == localName)?.Name.Text;

    /// <summary>The top-level declarations of a module, with the file declaring each.</summary>
    public IEnumerable<(ModuleSource Source, Declaration Declaration)> Declarations(string module) =>
        Module(module).SelectMany(s => s.Tree.Root.Declarations.Where(d => !d.Name.IsMissing).Select(d => (s, d)));
}
