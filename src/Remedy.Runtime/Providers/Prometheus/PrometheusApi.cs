using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;

namespace Remedy.Runtime.Providers.Prometheus;

/// <summary>
/// Calls Prometheus's HTTP API (<c>/api/v1/…</c>) and hands back the <c>data</c> object of a successful answer, or a
/// typed failure carrying Prometheus's own error text.
/// </summary>
internal sealed class PrometheusApi
{
    private readonly HttpClient client;
    private readonly PrometheusProviderOptions options;

    public PrometheusApi(HttpClient client, PrometheusProviderOptions options)
    {
        this.client = client;
        this.options = options;
    }

    public async Task<(JsonElement Data, ProviderResult? Failure)> GetAsync(
        string endpoint,
        IReadOnlyList<(string Name, string Value)> parameters,
        CancellationToken cancellationToken)
    {
        var query = string.Join('&', parameters.Select(p => $"{Uri.EscapeDataString(p.Name)}={Uri.EscapeDataString(p.Value)}"));
        var uri = new Uri(options.BaseUrl, $"api/v1/{endpoint}?{query}");
        try
        {
            using var response = await client.GetAsync(uri, cancellationToken).ConfigureAwait(false);
            JsonElement body;
            try
            {
                body = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken).ConfigureAwait(false);
            }
            catch (JsonException)
            {
                return (default, ProviderResult.Fail(FailureKind.Unavailable, $"Prometheus answered {(int)response.StatusCode} with something other than JSON"));
            }

            if (body.ValueKind != JsonValueKind.Object || !body.TryGetProperty("status", out var status))
            {
                return (default, ProviderResult.Fail(FailureKind.Unavailable, "Prometheus answered without a status"));
            }

            if (status.GetString() != "success")
            {
                var type = body.TryGetProperty("errorType", out var t) ? t.GetString() : "error";
                var error = body.TryGetProperty("error", out var e) ? e.GetString() : "no detail";
                // bad_data is a malformed expression or range: the playbook's fault, not the server's.
                var kind = type == "bad_data" ? FailureKind.BadArgument : FailureKind.Unavailable;
                return (default, ProviderResult.Fail(kind, $"Prometheus refused the query ({type}): {error}"));
            }

            return body.TryGetProperty("data", out var data)
                ? (data, null)
                : (default, ProviderResult.Fail(FailureKind.Unavailable, "Prometheus answered success without data"));
        }
        catch (HttpRequestException e)
        {
            return (default, ProviderResult.Fail(FailureKind.Unavailable, $"Prometheus at {options.BaseUrl} could not be reached: {e.Message}"));
        }
    }

    /// <summary>Reads a <c>[timestamp, "value"]</c> pair; Prometheus sends values as strings so NaN and ±Inf survive.</summary>
    public static (double Timestamp, double Value) Point(JsonElement pair) =>
        (pair[0].GetDouble(), ParseValue(pair[1].GetString() ?? "NaN"));

    private static double ParseValue(string text) => text switch
    {
        "+Inf" => double.PositiveInfinity,
        "-Inf" => double.NegativeInfinity,
        _ => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture),
    };
}
