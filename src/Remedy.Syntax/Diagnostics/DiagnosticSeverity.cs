namespace Remedy.Syntax.Diagnostics;

/// <summary>How serious a diagnostic is. Errors stop compilation; warnings do not.</summary>
public enum DiagnosticSeverity
{
    /// <summary>A hint the user may ignore.</summary>
    Info,
    /// <summary>Something probably wrong that still compiles (a runtime guard covers it).</summary>
    Warning,
    /// <summary>The playbook cannot compile.</summary>
    Error,
}
