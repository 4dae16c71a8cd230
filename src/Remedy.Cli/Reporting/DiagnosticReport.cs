using Remedy.Syntax.Diagnostics;

namespace Remedy.Cli.Reporting;

/// <summary>Writes a set of diagnostics in one of the <see cref="ReportFormat"/>s.</summary>
public static class DiagnosticReport
{
    /// <summary>Writes the diagnostics of <paramref name="fileCount"/> checked files.</summary>
    public static void Write(TextWriter output, ReportFormat format, IReadOnlyList<Diagnostic> diagnostics, int fileCount)
    {
        switch (format)
        {
            case ReportFormat.Json:
                JsonReport.Write(output, diagnostics, fileCount);
                break;
            case ReportFormat.Sarif:
                SarifReport.Write(output, diagnostics);
                break;
            default:
                foreach (var diagnostic in diagnostics) output.WriteLine(diagnostic.ToString());
                var errors = diagnostics.Count(d => d.IsError);
                var warnings = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
                output.WriteLine($"{fileCount} {(fileCount == 1 ? "file" : "files")} checked: {errors} {(errors == 1 ? "error" : "errors")}, {warnings} {(warnings == 1 ? "warning" : "warnings")}");
                break;
        }
    }

    /// <summary>Parses a format name as given on the command line.</summary>
    public static ReportFormat ParseFormat(string? name) => name?.ToLowerInvariant() switch
    {
        "json" => ReportFormat.Json,
        "sarif" => ReportFormat.Sarif,
        _ => ReportFormat.MsBuild,
    };
}
