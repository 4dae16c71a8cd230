using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Remedy.Server.Hosting;

namespace Remedy.Server.Health;

/// <summary>Maps <c>/healthz</c> (the process answers) and <c>/readyz</c> (it can take alerts; 503 with why not).</summary>
public static class HealthEndpoints
{
    /// <summary>Maps the endpoints.</summary>
    /// <param name="app">The routes.</param>
    /// <param name="readiness">The readiness check.</param>
    public static void Map(IEndpointRouteBuilder app, Readiness readiness)
    {
        app.MapGet("/healthz", () => Results.Json(new HealthView("ok", []), ServerJsonContext.Default.HealthView));
        app.MapGet("/readyz", () =>
        {
            var (problems, notes) = readiness.Check();
            return problems.Count == 0
                ? Results.Json(new HealthView("ok", notes), ServerJsonContext.Default.HealthView)
                : Results.Json(new HealthView("not_ready", [.. problems, .. notes]), ServerJsonContext.Default.HealthView, statusCode: StatusCodes.Status503ServiceUnavailable);
        });
    }
}
