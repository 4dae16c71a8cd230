using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Remedy.Server.Intake;

/// <summary>Maps the Alertmanager webhook.</summary>
public static class AlertEndpoints
{
    /// <summary>Maps <c>POST /api/v1/alerts</c>.</summary>
    /// <param name="app">The routes.</param>
    /// <param name="intake">The intake.</param>
    public static void Map(IEndpointRouteBuilder app, AlertIntake intake) =>
        app.MapPost("/api/v1/alerts", (Delegate)((HttpContext context) => intake.HandleAsync(context)));
}
