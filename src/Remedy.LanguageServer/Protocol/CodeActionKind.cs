namespace Remedy.LanguageServer.Protocol;

/// <summary>The kinds of code action the server offers.</summary>
public static class CodeActionKind
{
    /// <summary>A fix for a diagnostic.</summary>
    public const string QuickFix = "quickfix";
}
