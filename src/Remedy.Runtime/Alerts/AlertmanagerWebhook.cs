using System.Globalization;
using System.Text.Json;
using Remedy.Runtime.Values;

namespace Remedy.Runtime.Alerts;

/// <summary>
/// Reads Alertmanager's webhook payload (version 4) into the alerts that start runs. Anything that does not fit
/// the format is refused with one sentence saying where, rather than guessed at: a run started from a misread
/// alert would act on the wrong thing.
/// </summary>
public static class AlertmanagerWebhook
{
    /// <summary>Parses a webhook body.</summary>
    /// <param name="json">The body, as Alertmanager posts it.</param>
    /// <param name="clock">Now, for <c>starts_at</c> (how long ago each alert started).</param>
    /// <param name="alerts">The alerts, in payload order; empty on error.</param>
    /// <param name="error">What is wrong and where, or null.</param>
    /// <returns>True when the payload was read.</returns>
    public static bool TryParse(string json, TimeProvider clock, out IReadOnlyList<TriggerAlert> alerts, out string? error) =>
        TryParse(document => JsonDocument.Parse(json, document), clock, out alerts, out error);

    /// <summary>Parses a webhook body as it arrived (UTF-8), without decoding it to a string first (what the server does).</summary>
    /// <param name="utf8Json">The body's bytes.</param>
    /// <param name="clock">Now, for <c>starts_at</c>.</param>
    /// <param name="alerts">The alerts, in payload order; empty on error.</param>
    /// <param name="error">What is wrong and where, or null.</param>
    /// <returns>True when the payload was read.</returns>
    public static bool TryParse(ReadOnlyMemory<byte> utf8Json, TimeProvider clock, out IReadOnlyList<TriggerAlert> alerts, out string? error) =>
        TryParse(document => JsonDocument.Parse(utf8Json, document), clock, out alerts, out error);

    private static bool TryParse(Func<JsonDocumentOptions, JsonDocument> parse, TimeProvider clock, out IReadOnlyList<TriggerAlert> alerts, out string? error)
    {
        alerts = [];
        JsonDocument document;
        try
        {
            document = parse(new JsonDocumentOptions { AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Disallow });
        }
        catch (JsonException e)
        {
            error = $"the alert is not valid JSON (line {(e.LineNumber ?? 0) + 1}, position {(e.BytePositionInLine ?? 0) + 1}): {FirstSentence(e.Message)}";
            return false;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                error = "the alert must be a JSON object (Alertmanager's webhook payload)";
                return false;
            }

            if (!root.TryGetProperty("version", out var version) || version.ValueKind != JsonValueKind.String || version.GetString() != "4")
            {
                error = "the alert is not an Alertmanager webhook payload of version \"4\" (its \"version\" field)";
                return false;
            }

            if (!root.TryGetProperty("alerts", out var list) || list.ValueKind != JsonValueKind.Array)
            {
                error = "the webhook payload has no \"alerts\" array";
                return false;
            }

            var now = clock.GetUtcNow();
            var parsed = new List<TriggerAlert>();
            var index = 0;
            foreach (var item in list.EnumerateArray())
            {
                if (!TryReadAlert(item, now, out var alert, out var problem))
                {
                    error = $"alerts[{index}]: {problem}";
                    return false;
                }

                parsed.Add(alert!);
                index++;
            }

            if (parsed.Count == 0)
            {
                error = "the webhook payload has no alerts";
                return false;
            }

            alerts = parsed;
            error = null;
            return true;
        }
    }

    private static bool TryReadAlert(JsonElement item, DateTimeOffset now, out TriggerAlert? alert, out string? problem)
    {
        alert = null;
        if (item.ValueKind != JsonValueKind.Object)
        {
            problem = "an alert must be a JSON object";
            return false;
        }

        AlertStatus status;
        switch (item.TryGetProperty("status", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString() : null)
        {
            case "firing":
                status = AlertStatus.Firing;
                break;
            case "resolved":
                status = AlertStatus.Resolved;
                break;
            default:
                problem = "\"status\" must be \"firing\" or \"resolved\"";
                return false;
        }

        if (!TryReadStrings(item, "labels", out var labels, out problem) || !TryReadStrings(item, "annotations", out var annotations, out problem))
        {
            return false;
        }

        if (!labels.TryGetValue("alertname", out var name) || name.Length == 0)
        {
            problem = "the alert has no \"alertname\" label, so no trigger can match it";
            return false;
        }

        var value = 0.0;
        if (annotations.TryGetValue("value", out var text)
            && !double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value))
        {
            problem = $"the \"value\" annotation '{text}' is not a number";
            return false;
        }

        if (!item.TryGetProperty("startsAt", out var startsAt) || startsAt.ValueKind != JsonValueKind.String
            || !DateTimeOffset.TryParse(startsAt.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var started))
        {
            problem = "\"startsAt\" must be an RFC 3339 time";
            return false;
        }

        var fingerprint = item.TryGetProperty("fingerprint", out var f) && f.ValueKind == JsonValueKind.String ? f.GetString() ?? string.Empty : string.Empty;
        var since = now - started;
        var input = MapValue.Of(
            ("name", name),
            ("labels", ToMap(labels)),
            ("annotations", ToMap(annotations)),
            ("value", value),
            ("severity", labels.TryGetValue("severity", out var severity) ? severity : string.Empty),
            // A clock slightly behind Alertmanager's must not make an alert start in the future.
            ("starts_at", since < TimeSpan.Zero ? TimeSpan.Zero : since),
            ("fingerprint", fingerprint));
        alert = new TriggerAlert(name, status, fingerprint, input);
        problem = null;
        return true;
    }

    private static bool TryReadStrings(JsonElement item, string field, out Dictionary<string, string> values, out string? problem)
    {
        values = new Dictionary<string, string>(StringComparer.Ordinal);
        problem = null;
        if (!item.TryGetProperty(field, out var map) || map.ValueKind == JsonValueKind.Null)
        {
            // Alertmanager always sends both, but an alert without annotations is still an alert.
            return true;
        }

        if (map.ValueKind != JsonValueKind.Object)
        {
            problem = $"\"{field}\" must be an object of strings";
            return false;
        }

        foreach (var property in map.EnumerateObject())
        {
            if (property.Value.ValueKind != JsonValueKind.String)
            {
                problem = $"{field}.{property.Name} must be a string";
                return false;
            }

            values[property.Name] = property.Value.GetString()!;
        }

        return true;
    }

    private static MapValue ToMap(Dictionary<string, string> values) =>
        new(values.Select(v => new KeyValuePair<string, RValue>(v.Key, v.Value)));

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message : message[..(end + 1)];
    }
}
