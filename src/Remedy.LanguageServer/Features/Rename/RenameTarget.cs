using System.Collections.Frozen;
using Remedy.Compiler.Symbols;
using Symbol = Remedy.Compiler.Symbols.Symbol;
using SymbolKind = Remedy.Compiler.Symbols.SymbolKind;
using Remedy.LanguageServer.Analysis;
using Remedy.LanguageServer.Server;
using Remedy.LanguageServer.Workspace;
using Remedy.Syntax.Tree;
using StreamJsonRpc;

namespace Remedy.LanguageServer.Features.Rename;

/// <summary>
/// What a rename at the cursor would rename, as the compiler binds it: a playbook, a let or an
/// option declared in the workspace. Anything else is refused with a message saying why.
/// </summary>
internal static class RenameTarget
{
    public static readonly FrozenSet<string> Keywords = new[]
    {
        "module", "import", "as", "resource", "query", "action", "playbook", "simulation", "let", "step", "verify", "choose", "option",
        "for", "in", "if", "else", "and", "or", "not", "true", "false", "it", "alert", "trigger", "where", "take", "sort", "by", "map",
        "autonomy", "blast_radius", "circuit_breaker", "timeout", "rollback", "on", "failure", "success", "wait", "notify", "abort",
        "escalate", "require", "within", "every", "remedy", "fixed", "outcome", "incidents", "seed", "population", "effect", "risk",
    }.ToFrozenSet(StringComparer.Ordinal);

    public const string OnlyRenamable = "Only playbooks, lets and options can be renamed; put the cursor on one of their names.";

    /// <summary>The symbol to rename and the identifier under the cursor, or a RequestFailed error.</summary>
    public static (Symbol Symbol, Identifier Name) Find(SemanticNavigator navigator, OpenDocument document, int offset)
    {
        var found = navigator.SymbolAt(document, offset);
        if (found is not { Name: { } name } || name.IsMissing)
        {
            var word = WordAt(document.Text.Text, offset);
            throw word.Length > 0 && Keywords.Contains(word)
                ? RequestErrors.Failed($"'{word}' is a keyword of the language and cannot be renamed.")
                : RequestErrors.Failed(OnlyRenamable);
        }
        var symbol = found.Value.Symbol;
        if (SemanticNavigator.IsStandardLibrary(symbol))
            throw RequestErrors.Failed($"'{symbol.Name}' is declared in the standard library, which cannot be renamed.");
        if (symbol.Kind is not (SymbolKind.Playbook or SymbolKind.Let or SymbolKind.Option) || symbol.NameNode is null)
            throw RequestErrors.Failed(OnlyRenamable);
        return (symbol, name);
    }

    private static string WordAt(string text, int offset)
    {
        var start = Math.Clamp(offset, 0, text.Length);
        var end = start;
        while (start > 0 && IsWordChar(text[start - 1])) start--;
        while (end < text.Length && IsWordChar(text[end])) end++;
        return text[start..end];
    }

    private static bool IsWordChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';
}
