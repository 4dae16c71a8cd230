namespace Remedy.LanguageServer.Analysis;

/// <summary>The fields of <c>alert</c> inside a playbook, as docs/language.md lists them.</summary>
internal static class AlertFields
{
    public static IReadOnlyList<(string Name, string Type, string Doc)> All { get; } =
    [
        ("name", "string", "The `alertname` label."),
        ("labels", "map<string, string>", "The alert's labels; a missing label reads as `\"\"`."),
        ("annotations", "map<string, string>", "The alert's annotations."),
        ("value", "number", "The `value` annotation; 0 when absent."),
        ("severity", "string", "The `severity` label; `\"\"` when absent."),
        ("starts_at", "duration", "How long ago the alert started firing."),
    ];
}
