using System.Text.Json;
using Remedy.Syntax.Diagnostics;

namespace Remedy.Cli.Reporting;

/// <summary>Diagnostics as one JSON document: counts, then every diagnostic with its exact range.</summary>
public static class JsonReport
{
    /// <summary>Writes the report.</summary>
    public static void Write(TextWriter output, IReadOnlyList<Diagnostic> diagnostics, int fileCount)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteNumber("files", fileCount);
            json.WriteNumber("errors", diagnostics.Count(d => d.IsError));
            json.WriteNumber("warnings", diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning));
            json.WriteStartArray("diagnostics");
            foreach (var d in diagnostics)
            {
                json.WriteStartObject();
                json.WriteString("path", d.Path);
                json.WriteNumber("line", d.Span.Line);
                json.WriteNumber("column", d.Span.Column);
                json.WriteNumber("endLine", d.Span.EndLine);
                json.WriteNumber("endColumn", d.Span.EndColumn);
                json.WriteString("severity", d.Severity.ToString().ToLowerInvariant());
                json.WriteString("code", d.Code);
                json.WriteString("message", d.Message);
                json.WriteString("helpUri", d.Descriptor.HelpUri);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }
}
