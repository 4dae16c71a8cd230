namespace Remedy.LanguageServer.Server;

/// <summary>How a server instance behaves; the defaults suit an editor.</summary>
public sealed record LanguageServerOptions
{
    /// <summary>
    /// How long diagnostics wait after an edit that arrives while the document's previous check is
    /// still pending or running (restarted by each further edit), so a burst of keystrokes faster
    /// than the server costs one compilation instead of one per key; an edit that arrives when the
    /// previous check has finished is checked at once.
    /// </summary>
    public TimeSpan DiagnosticsDelay { get; init; } = TimeSpan.FromMilliseconds(10);

    /// <summary>The standard library folder; null finds it (see <see cref="Workspace.StandardLibraryLocator"/>).</summary>
    public string? StandardLibraryFolder { get; init; }

    /// <summary>Where the server's own log goes besides <c>window/logMessage</c>; null for nowhere. Never standard output, which carries the protocol.</summary>
    public TextWriter? Log { get; init; }
}
