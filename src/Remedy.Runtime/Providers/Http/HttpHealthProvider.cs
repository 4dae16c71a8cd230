using System.Diagnostics;
using Remedy.Runtime.Values;

namespace Remedy.Runtime.Providers.Http;

/// <summary>
/// <c>http.health(url, expect_status = 200)</c>: <c>{healthy, status, latency, error}</c>. An unreachable or
/// wrongly answering endpoint is a result with <c>healthy = false</c>, not a failure: finding that out is the
/// point of the query.
/// </summary>
public sealed class HttpHealthProvider : IProvider
{
    private readonly HttpClient client;
    private readonly HttpProviderOptions options;

    /// <summary>Creates the provider.</summary>
    /// <param name="client">The HTTP client; the caller owns it.</param>
    /// <param name="options">The URL allowlist.</param>
    public HttpHealthProvider(HttpClient client, HttpProviderOptions options)
    {
        this.client = client;
        this.options = options;
    }

    /// <inheritdoc />
    public string Id => "http.health";

    /// <inheritdoc />
    public async Task<ProviderResult> ExecuteAsync(ProviderCall call, CancellationToken cancellationToken)
    {
        if (HttpSupport.ResolveUrl(call.Args, options, out var uri) is { } refusal)
        {
            return refusal;
        }

        var expected = call.Args.TryGetInt("expect_status", out var s) ? s : 200;
        var watch = Stopwatch.StartNew();
        try
        {
            using var response = await client.GetAsync(uri, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            return ProviderResult.Ok(MapValue.Of(
                ("healthy", status == expected), ("status", status), ("latency", watch.Elapsed),
                ("error", status == expected ? string.Empty : $"expected {expected}, got {status}")));
        }
        catch (HttpRequestException e)
        {
            return ProviderResult.Ok(MapValue.Of(("healthy", false), ("status", 0), ("latency", watch.Elapsed), ("error", e.Message)));
        }
    }
}
