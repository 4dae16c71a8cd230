using System.Net.Http.Json;
using System.Text.Json.Serialization;

namespace Remedy.Runtime.Providers.Notify;

/// <summary>
/// Posts notifications as JSON to a webhook URL: <c>{"kind","channel","text","run_id","playbook","at"}</c>.
/// A non-success status is a failure, so an escalation that did not arrive is never mistaken for one that did.
/// </summary>
public sealed class WebhookNotifier : INotifier
{
    private readonly HttpClient client;
    private readonly Uri url;

    /// <summary>Creates the notifier.</summary>
    /// <param name="client">The HTTP client; the caller owns it.</param>
    /// <param name="url">The webhook URL (from configuration, never from playbook text).</param>
    public WebhookNotifier(HttpClient client, Uri url)
    {
        this.client = client;
        this.url = url;
    }

    /// <inheritdoc />
    public async Task<ProviderResult> SendAsync(Notification notification, CancellationToken cancellationToken)
    {
        var body = new Payload(
            notification.Kind == NotificationKind.Escalate ? "escalate" : "notify",
            notification.Channel,
            notification.Text,
            notification.RunId,
            notification.Playbook,
            notification.At);
        try
        {
            using var response = await client.PostAsJsonAsync(url, body, cancellationToken).ConfigureAwait(false);
            return response.IsSuccessStatusCode
                ? ProviderResult.Ok((long)response.StatusCode)
                : ProviderResult.Fail(FailureKind.Unavailable, $"webhook {url} answered {(int)response.StatusCode} {response.ReasonPhrase}");
        }
        catch (HttpRequestException e)
        {
            return ProviderResult.Fail(FailureKind.Unavailable, $"webhook {url} unreachable: {e.Message}");
        }
    }

    private sealed record Payload(
        [property: JsonPropertyName("kind")] string Kind,
        [property: JsonPropertyName("channel")] string Channel,
        [property: JsonPropertyName("text")] string Text,
        [property: JsonPropertyName("run_id")] string RunId,
        [property: JsonPropertyName("playbook")] string Playbook,
        [property: JsonPropertyName("at")] DateTimeOffset At);
}
