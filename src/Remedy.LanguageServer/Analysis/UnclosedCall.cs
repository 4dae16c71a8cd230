using Remedy.LanguageServer.Workspace;
using Remedy.Syntax.Tree;

namespace Remedy.LanguageServer.Analysis;

/// <summary>
/// Finds the call whose parentheses hold the cursor by reading the text backwards, for the
/// moment while an argument is being typed and the call does not parse yet (no closing
/// parenthesis, a dangling comma).
/// </summary>
internal static class UnclosedCall
{
    /// <summary>The action or query called at <paramref name="offset"/>, and the offset of its opening parenthesis.</summary>
    public static (Symbol Callee, int OpenParen)? Find(DocumentContext document, int offset)
    {
        var text = document.Text.Text;
        var depth = 0;
        var lineBreaks = 0;
        for (var i = Math.Min(offset, text.Length) - 1; i >= 0; i--)
        {
            var c = text[i];
            if (c == '\n' && ++lineBreaks > 5) return null;
            if (c is ')' or ']') depth++;
            else if (c is '[') depth--;
            else if (c == '{' || c == '}') return null;
            else if (c == '(')
            {
                if (depth > 0) { depth--; continue; }
                return Resolve(document, text, i) is { } callee ? (callee, i) : null;
            }
        }
        return null;
    }

    private static Symbol? Resolve(DocumentContext document, string text, int openParen)
    {
        var end = openParen;
        var segments = new List<string>();
        while (true)
        {
            var start = end;
            while (start > 0 && (char.IsAsciiLetterOrDigit(text[start - 1]) || text[start - 1] == '_')) start--;
            if (start == end) break;
            segments.Insert(0, text[start..end]);
            if (start > 0 && text[start - 1] == '.') end = start - 1;
            else break;
        }
        if (segments.Count is 0 or > 2) return null;
        var path = NodePath.At(document.Source.Tree.Root, openParen);
        var first = document.Resolver.VisibleNames(document.Source, path, openParen).FirstOrDefault(s => s.Name == segments[0]);
        if (segments.Count == 1) return first is { Declaration: ActionDecl or QueryDecl } ? first : null;
        if (first is not { Category: SymbolCategory.Module }) return null;
        var found = document.Modules.Declarations(first.Source?.ModuleName ?? first.Name)
            .FirstOrDefault(d => d.Declaration is ActionDecl or QueryDecl && d.Declaration.Name.Name == segments[1]);
        return found.Declaration is null ? null : document.Resolver.ForDeclaration(found.Source, found.Declaration);
    }
}
