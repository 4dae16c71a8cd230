namespace Remedy.Cli.Reporting;

/// <summary>How diagnostics are printed.</summary>
public enum ReportFormat
{
    /// <summary><c>path(line,col): error RMD0003: message</c>, which editors and CI systems understand.</summary>
    MsBuild,
    /// <summary>A JSON document, for scripts.</summary>
    Json,
    /// <summary>SARIF 2.1.0, for code-scanning interfaces.</summary>
    Sarif,
}
