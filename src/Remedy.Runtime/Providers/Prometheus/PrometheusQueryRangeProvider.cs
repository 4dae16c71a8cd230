using System.Globalization;
using Remedy.Runtime.Values;

namespace Remedy.Runtime.Providers.Prometheus;

/// <summary>
/// <c>prometheus.query_range(expr, range, step)</c>: the expression over the last <c>range</c>, one point per
/// <c>step</c>, as <c>list&lt;Sample&gt;</c> (<c>{age, value}</c>), newest first. No series gives an empty list; more
/// than one series fails (aggregate first).
/// </summary>
public sealed class PrometheusQueryRangeProvider : IProvider
{
    private readonly PrometheusApi api;
    private readonly PrometheusProviderOptions options;
    private readonly TimeProvider clock;

    /// <summary>Creates the provider.</summary>
    /// <param name="client">The HTTP client; the caller owns it.</param>
    /// <param name="options">The server.</param>
    /// <param name="clock">Where "now", the end of the range, comes from.</param>
    public PrometheusQueryRangeProvider(HttpClient client, PrometheusProviderOptions options, TimeProvider? clock = null)
    {
        api = new PrometheusApi(client, options);
        this.options = options;
        this.clock = clock ?? TimeProvider.System;
    }

    /// <inheritdoc />
    public string Id => "prometheus.query_range";

    /// <inheritdoc />
    public async Task<ProviderResult> ExecuteAsync(ProviderCall call, CancellationToken cancellationToken)
    {
        if (!call.Args.TryGetString("expr", out var expr) || expr.Trim().Length == 0)
        {
            return ProviderResult.BadArgument("expr", "a PromQL expression");
        }

        if (!call.Args.TryGetDuration("range", out var range) || range <= TimeSpan.Zero)
        {
            return ProviderResult.BadArgument("range", "a positive duration");
        }

        if (!call.Args.TryGetDuration("step", out var step) || step < TimeSpan.FromMilliseconds(1))
        {
            return ProviderResult.BadArgument("step", "a duration of at least 1ms");
        }

        if (range / step > options.MaxPoints)
        {
            return ProviderResult.Fail(FailureKind.BadArgument, $"range / step is {range / step:0} points; at most {options.MaxPoints} are allowed");
        }

        var end = clock.GetUtcNow();
        var start = end - range;
        var (data, failure) = await api.GetAsync(
            "query_range",
            [("query", expr), ("start", Seconds(start)), ("end", Seconds(end)), ("step", step.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture))],
            cancellationToken).ConfigureAwait(false);
        if (failure is not null)
        {
            return failure;
        }

        var result = data.GetProperty("result");
        if (result.GetArrayLength() == 0)
        {
            return ProviderResult.Ok(new ListValue([]));
        }

        if (result.GetArrayLength() > 1)
        {
            return ProviderResult.Fail(FailureKind.Conflict, $"'{expr}' returned {result.GetArrayLength()} series; aggregate it (max, sum, ...) to one");
        }

        var endSeconds = end.ToUnixTimeMilliseconds() / 1000.0;
        var samples = result[0].GetProperty("values").EnumerateArray()
            .Select(PrometheusApi.Point)
            .OrderByDescending(p => p.Timestamp)
            .Select(p => (RValue)MapValue.Of(
                ("age", TimeSpan.FromMilliseconds(Math.Max(0, Math.Round((endSeconds - p.Timestamp) * 1000)))),
                ("value", p.Value)))
            .ToList();
        return ProviderResult.Ok(new ListValue(samples));
    }

    private static string Seconds(DateTimeOffset at) =>
        (at.ToUnixTimeMilliseconds() / 1000.0).ToString("0.###", CultureInfo.InvariantCulture);
}
