using System.Text;
using Remedy.Runtime.Values;

namespace Remedy.Runtime.Providers.Http;

/// <summary>
/// <c>http.post(url, body, content_type = "application/json")</c>: <c>{status, body}</c>. Sends the call's
/// idempotency key as the <c>Idempotency-Key</c> header so a server that supports it applies the change once.
/// A non-success status is a failure: the change was not made.
/// </summary>
public sealed class HttpPostProvider : IProvider
{
    private readonly HttpClient client;
    private readonly HttpProviderOptions options;

    /// <summary>Creates the provider.</summary>
    /// <param name="client">The HTTP client; the caller owns it.</param>
    /// <param name="options">The URL allowlist.</param>
    public HttpPostProvider(HttpClient client, HttpProviderOptions options)
    {
        this.client = client;
        this.options = options;
    }

    /// <inheritdoc />
    public string Id => "http.post";

    /// <inheritdoc />
    public async Task<ProviderResult> ExecuteAsync(ProviderCall call, CancellationToken cancellationToken)
    {
        if (HttpSupport.ResolveUrl(call.Args, options, out var uri) is { } refusal)
        {
            return refusal;
        }

        var body = call.Args.TryGetString("body", out var b) ? b : string.Empty;
        var contentType = call.Args.TryGetString("content_type", out var c) ? c : "application/json";
        using var request = new HttpRequestMessage(HttpMethod.Post, uri) { Content = new StringContent(body, Encoding.UTF8, contentType) };
        if (call.IdempotencyKey is { } key)
        {
            request.Headers.TryAddWithoutValidation("Idempotency-Key", key);
        }

        try
        {
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            var answer = await HttpSupport.ReadBodyAsync(response, options.MaxBodyBytes, cancellationToken).ConfigureAwait(false);
            return response.IsSuccessStatusCode
                ? ProviderResult.Ok(MapValue.Of(("status", (int)response.StatusCode), ("body", answer)))
                : ProviderResult.Fail(FailureKind.Unavailable, $"POST {uri} answered {(int)response.StatusCode} {response.ReasonPhrase}: {Truncate(answer)}");
        }
        catch (HttpRequestException e)
        {
            return ProviderResult.Fail(FailureKind.Unavailable, $"POST {uri} failed: {e.Message}");
        }
    }

    private static string Truncate(string text) => text.Length <= 200 ? text : text[..200] + "…";
}
