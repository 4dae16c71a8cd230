using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Remedy.Server.Metrics;

/// <summary>Maps <c>GET /metrics</c> (Prometheus text format).</summary>
public static class MetricsEndpoints
{
    /// <summary>Maps the endpoint.</summary>
    /// <param name="app">The routes.</param>
    /// <param name="metrics">The metrics.</param>
    /// <param name="refresh">Sets the state gauges before each scrape.</param>
    public static void Map(IEndpointRouteBuilder app, ServerMetrics metrics, Action refresh) =>
        app.MapGet("/metrics", async (HttpContext context) =>
        {
            refresh();
            context.Response.ContentType = "text/plain; version=0.0.4; charset=utf-8";
            await metrics.ExportAsync(context.Response.Body, context.RequestAborted).ConfigureAwait(false);
        });
}
