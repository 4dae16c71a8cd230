namespace Remedy.Syntax.Diagnostics;

/// <summary>
/// The stable identity of a diagnostic: its code, default severity, a short title and
/// a message format. Every descriptor lives in <see cref="DiagnosticCatalog"/>.
/// </summary>
/// <param name="Code">The stable code, such as <c>RMD0004</c>.</param>
/// <param name="Title">A short title, used as the heading of the code's documentation page.</param>
/// <param name="Severity">The default severity.</param>
/// <param name="MessageFormat">A composite format string filled with the diagnostic's arguments.</param>
public sealed record DiagnosticDescriptor(string Code, string Title, DiagnosticSeverity Severity, string MessageFormat)
{
    /// <summary>The documentation page of this code, relative to the repository root.</summary>
    public string HelpPath => $"docs/diagnostics/{Code}.md";

    /// <summary>A link to the code's documentation page.</summary>
    public string HelpUri => $"https://remedy-lang.dev/docs/diagnostics/{Code}";
}
