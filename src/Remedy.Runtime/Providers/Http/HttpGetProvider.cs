using Remedy.Runtime.Values;

namespace Remedy.Runtime.Providers.Http;

/// <summary>
/// <c>http.get(url)</c>: <c>{status, body, content_type}</c>. Any HTTP answer is a result (the playbook judges
/// the status); only an unreachable server is a failure.
/// </summary>
public sealed class HttpGetProvider : IProvider
{
    private readonly HttpClient client;
    private readonly HttpProviderOptions options;

    /// <summary>Creates the provider.</summary>
    /// <param name="client">The HTTP client; the caller owns it.</param>
    /// <param name="options">The URL allowlist.</param>
    public HttpGetProvider(HttpClient client, HttpProviderOptions options)
    {
        this.client = client;
        this.options = options;
    }

    /// <inheritdoc />
    public string Id => "http.get";

    /// <inheritdoc />
    public async Task<ProviderResult> ExecuteAsync(ProviderCall call, CancellationToken cancellationToken)
    {
        if (HttpSupport.ResolveUrl(call.Args, options, out var uri) is { } refusal)
        {
            return refusal;
        }

        try
        {
            using var response = await client.GetAsync(uri, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            var body = await HttpSupport.ReadBodyAsync(response, options.MaxBodyBytes, cancellationToken).ConfigureAwait(false);
            return ProviderResult.Ok(MapValue.Of(
                ("status", (int)response.StatusCode),
                ("body", body),
                ("content_type", response.Content.Headers.ContentType?.ToString() ?? string.Empty)));
        }
        catch (HttpRequestException e)
        {
            return ProviderResult.Fail(FailureKind.Unavailable, $"GET {uri} failed: {e.Message}");
        }
    }
}
