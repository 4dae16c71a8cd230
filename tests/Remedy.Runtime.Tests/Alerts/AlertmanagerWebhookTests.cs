using Remedy.Runtime.Alerts;
using Remedy.Runtime.Tests.Support;
using Remedy.Runtime.Values;

namespace Remedy.Runtime.Tests.Alerts;

/// <summary>Alertmanager webhook payloads (version 4) read into run inputs, and malformed ones refused with where and why.</summary>
public sealed class AlertmanagerWebhookTests
{
    private readonly ManualClock clock = new(new DateTimeOffset(2026, 11, 26, 10, 0, 0, TimeSpan.Zero));

    public static IEnumerable<object[]> ExampleAlerts() =>
        Directory.GetFiles(Path.Combine(RepoRoot(), "examples", "alerts"), "*.json").Order(StringComparer.Ordinal).Select(f => new object[] { Path.GetFileName(f) });

    [Theory]
    [MemberData(nameof(ExampleAlerts))]
    public void Every_example_alert_reads_into_a_run_input(string file)
    {
        var json = File.ReadAllText(Path.Combine(RepoRoot(), "examples", "alerts", file));

        Assert.True(AlertmanagerWebhook.TryParse(json, clock, out var alerts, out var error), error);

        var alert = Assert.Single(alerts);
        Assert.False(string.IsNullOrEmpty(alert.Name));
        Assert.Equal(new StringValue(alert.Name), alert.Input.Get("name"));
        Assert.IsType<MapValue>(alert.Input.Get("labels"));
        Assert.True(alert.Input.TryGetNumber("value", out _));
        Assert.True(alert.Input.TryGetDuration("starts_at", out var since) && since >= TimeSpan.Zero);
        Assert.Equal(file.EndsWith("_cleared.json", StringComparison.Ordinal) || file.EndsWith("_recovered.json", StringComparison.Ordinal)
            ? AlertStatus.Resolved : AlertStatus.Firing, alert.Status);
    }

    [Fact]
    public void The_fields_a_playbook_reads_come_from_labels_annotations_and_times()
    {
        var json = Payload("""
            {
              "status": "firing",
              "labels": { "alertname": "DiskFull", "mount": "/var", "severity": "critical" },
              "annotations": { "summary": "/var is 97% full", "value": "0.97" },
              "startsAt": "2026-11-26T09:45:00Z",
              "fingerprint": "8c1e2f"
            },
            {
              "status": "resolved",
              "labels": { "alertname": "DiskFull", "mount": "/data" },
              "annotations": {},
              "startsAt": "2026-11-26T10:00:05Z"
            }
            """);

        Assert.True(AlertmanagerWebhook.TryParse(json, clock, out var alerts, out var error), error);

        Assert.Equal(2, alerts.Count);
        var firing = alerts[0];
        Assert.Equal(("DiskFull", AlertStatus.Firing, "8c1e2f"), (firing.Name, firing.Status, firing.Fingerprint));
        Assert.Equal(new NumberValue(0.97), firing.Input.Get("value"));
        Assert.Equal(new StringValue("critical"), firing.Input.Get("severity"));
        Assert.Equal(new DurationValue(TimeSpan.FromMinutes(15)), firing.Input.Get("starts_at"));
        Assert.Equal(new StringValue("/var"), ((MapValue)firing.Input.Get("labels")!).Get("mount"));
        Assert.Equal(new StringValue("/var is 97% full"), ((MapValue)firing.Input.Get("annotations")!).Get("summary"));

        var resolved = alerts[1];
        Assert.Equal(AlertStatus.Resolved, resolved.Status);
        Assert.Equal(new NumberValue(0), resolved.Input.Get("value"));
        Assert.Equal(new StringValue(""), resolved.Input.Get("severity"));
        Assert.Equal(new DurationValue(TimeSpan.Zero), resolved.Input.Get("starts_at"));
    }

    [Theory]
    [InlineData("{ \"version\": \"4\", \"alerts\": [ ", "not valid JSON (line 1")]
    [InlineData("[1, 2]", "must be a JSON object")]
    [InlineData("{ \"version\": \"3\", \"alerts\": [] }", "version \"4\"")]
    [InlineData("{ \"version\": \"4\" }", "no \"alerts\" array")]
    [InlineData("{ \"version\": \"4\", \"alerts\": [] }", "has no alerts")]
    public void A_malformed_payload_is_refused_with_what_and_where(string json, string expected)
    {
        Assert.False(AlertmanagerWebhook.TryParse(json, clock, out var alerts, out var error));
        Assert.Empty(alerts);
        Assert.Contains(expected, error);
    }

    [Theory]
    [InlineData("""{ "status": "firing", "labels": { "severity": "page" }, "startsAt": "2026-11-26T09:00:00Z" }""", "alerts[0]: the alert has no \"alertname\" label")]
    [InlineData("""{ "status": "pending", "labels": { "alertname": "X" }, "startsAt": "2026-11-26T09:00:00Z" }""", "alerts[0]: \"status\" must be")]
    [InlineData("""{ "status": "firing", "labels": { "alertname": "X" }, "annotations": { "value": "high" }, "startsAt": "2026-11-26T09:00:00Z" }""", "the \"value\" annotation 'high' is not a number")]
    [InlineData("""{ "status": "firing", "labels": { "alertname": "X", "replicas": 3 }, "startsAt": "2026-11-26T09:00:00Z" }""", "labels.replicas must be a string")]
    [InlineData("""{ "status": "firing", "labels": { "alertname": "X" }, "startsAt": "yesterday" }""", "\"startsAt\" must be an RFC 3339 time")]
    public void A_malformed_alert_is_refused_with_its_index_and_reason(string alert, string expected)
    {
        Assert.False(AlertmanagerWebhook.TryParse(Payload(alert), clock, out _, out var error));
        Assert.Contains(expected, error);
    }

    private static string Payload(string alerts) => $$"""{ "version": "4", "status": "firing", "alerts": [ {{alerts}} ] }""";

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Remedy.Lang.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("the repository root (Remedy.Lang.sln) was not found");
    }
}
