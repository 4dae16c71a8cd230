using System.Text.Json;
using Remedy.Syntax.Diagnostics;

namespace Remedy.Cli.Reporting;

/// <summary>Diagnostics as a SARIF 2.1.0 log, the format code-scanning interfaces read.</summary>
public static class SarifReport
{
    /// <summary>Writes the log: one run, the rules that fired, and one result per diagnostic.</summary>
    public static void Write(TextWriter output, IReadOnlyList<Diagnostic> diagnostics)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            json.WriteStartObject("tool");
            json.WriteStartObject("driver");
            json.WriteString("name", "remedy");
            json.WriteString("informationUri", "https://remedy-lang.dev");
            json.WriteStartArray("rules");
            var rules = diagnostics.Select(d => d.Descriptor).DistinctBy(d => d.Code).OrderBy(d => d.Code, StringComparer.Ordinal).ToList();
            foreach (var rule in rules)
            {
                json.WriteStartObject();
                json.WriteString("id", rule.Code);
                json.WriteString("name", rule.Title.Replace(" ", ""));
                json.WriteStartObject("shortDescription");
                json.WriteString("text", rule.Title);
                json.WriteEndObject();
                json.WriteString("helpUri", rule.HelpUri);
                json.WriteStartObject("defaultConfiguration");
                json.WriteString("level", Level(rule.Severity));
                json.WriteEndObject();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteStartArray("results");
            foreach (var d in diagnostics)
            {
                json.WriteStartObject();
                json.WriteString("ruleId", d.Code);
                json.WriteNumber("ruleIndex", rules.FindIndex(r => r.Code == d.Code));
                json.WriteString("level", Level(d.Severity));
                json.WriteStartObject("message");
                json.WriteString("text", d.Message);
                json.WriteEndObject();
                json.WriteStartArray("locations");
                json.WriteStartObject();
                json.WriteStartObject("physicalLocation");
                json.WriteStartObject("artifactLocation");
                json.WriteString("uri", d.Path.Replace('\\', '/'));
                json.WriteEndObject();
                json.WriteStartObject("region");
                json.WriteNumber("startLine", d.Span.Line);
                json.WriteNumber("startColumn", d.Span.Column);
                json.WriteNumber("endLine", d.Span.EndLine);
                json.WriteNumber("endColumn", d.Span.EndColumn);
                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }
        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static string Level(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "note",
    };
}
