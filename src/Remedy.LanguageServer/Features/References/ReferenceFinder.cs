using Remedy.LanguageServer.Analysis;
using Remedy.LanguageServer.Workspace;
using Remedy.Syntax.Text;
using Remedy.Syntax.Tree;

namespace Remedy.LanguageServer.Features.References;

/// <summary>
/// Finds every place that names a symbol: each identifier with the same text is resolved and
/// compared with the target, so shadowed names and same-named members of other modules are not
/// confused. A <c>fixed "option"</c> policy names an option inside a string, which counts too.
/// </summary>
internal static class ReferenceFinder
{
    public static IEnumerable<(ModuleSource Source, SourceSpan Span)> Find(DocumentContext document, Symbol target, bool includeDeclaration, CancellationToken cancellationToken)
    {
        var isLocal = target.Category is SymbolCategory.Let or SymbolCategory.LoopVariable or SymbolCategory.Capture or SymbolCategory.Step;
        var files = isLocal || target.Source is null
            ? [target.Source ?? document.Source]
            : document.Modules.All.Where(s => !s.IsStandardLibrary || s.Uri == target.Source.Uri).ToList();
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var node in file.Tree.Root.DescendantsAndSelf())
            {
                if (node is Identifier id && id.Name == target.Name)
                {
                    if (document.Resolver.ResolveAt(file, id.Span.Start) is not { } found || !found.SameAs(target)) continue;
                    var isDeclaration = file.Uri == target.Source?.Uri && id.Span.Start == target.NameSpan.Start;
                    if (!isDeclaration || includeDeclaration) yield return (file, id.Span);
                }
                else if (target.Category == SymbolCategory.Option && node is ChooseDecl { FixedOption: { IsConstant: true } fixedOption } choose
                         && fixedOption.Value == target.Name && choose.Options.Any(o => o.Name.Span.Start == target.NameSpan.Start && file.Uri == target.Source?.Uri))
                {
                    // The option's name without the quotes.
                    var start = fixedOption.Span.Start + 1;
                    yield return (file, file.Tree.Source.GetSpan(start, start + target.Name.Length));
                }
            }
        }
    }
}
