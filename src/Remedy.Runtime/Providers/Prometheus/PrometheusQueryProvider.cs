using System.Text.Json;

namespace Remedy.Runtime.Providers.Prometheus;

/// <summary>
/// <c>prometheus.query(expr)</c>: an instant query, as one number. A scalar result, or a vector of exactly one series;
/// no series, several series or NaN fail rather than guess, so a <c>verify</c> on missing data does not pass.
/// </summary>
public sealed class PrometheusQueryProvider : IProvider
{
    private readonly PrometheusApi api;

    /// <summary>Creates the provider.</summary>
    /// <param name="client">The HTTP client; the caller owns it.</param>
    /// <param name="options">The server.</param>
    public PrometheusQueryProvider(HttpClient client, PrometheusProviderOptions options) => api = new PrometheusApi(client, options);

    /// <inheritdoc />
    public string Id => "prometheus.query";

    /// <inheritdoc />
    public async Task<ProviderResult> ExecuteAsync(ProviderCall call, CancellationToken cancellationToken)
    {
        if (!call.Args.TryGetString("expr", out var expr) || expr.Trim().Length == 0)
        {
            return ProviderResult.BadArgument("expr", "a PromQL expression");
        }

        var (data, failure) = await api.GetAsync("query", [("query", expr)], cancellationToken).ConfigureAwait(false);
        if (failure is not null)
        {
            return failure;
        }

        var type = data.GetProperty("resultType").GetString();
        var result = data.GetProperty("result");
        double value;
        switch (type)
        {
            case "scalar":
                value = PrometheusApi.Point(result).Value;
                break;
            case "vector" when result.GetArrayLength() == 1:
                value = PrometheusApi.Point(result[0].GetProperty("value")).Value;
                break;
            case "vector" when result.GetArrayLength() == 0:
                return ProviderResult.Fail(FailureKind.NotFound, $"'{expr}' returned no series (no data)");
            case "vector":
                return ProviderResult.Fail(
                    FailureKind.Conflict,
                    $"'{expr}' returned {result.GetArrayLength()} series ({Labels(result)}); aggregate it (max, sum, ...) to one value");
            default:
                return ProviderResult.Fail(FailureKind.Conflict, $"'{expr}' returned a {type}, not a number");
        }

        return double.IsNaN(value)
            ? ProviderResult.Fail(FailureKind.Conflict, $"'{expr}' evaluated to NaN")
            : ProviderResult.Ok(value);
    }

    private static string Labels(JsonElement series) =>
        string.Join("; ", series.EnumerateArray().Take(3).Select(s => s.GetProperty("metric").ToString()))
        + (series.GetArrayLength() > 3 ? "; ..." : string.Empty);
}
