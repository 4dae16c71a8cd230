using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Remedy.Server.Hosting;

namespace Remedy.Server.Playbooks;

/// <summary>Maps <c>GET /api/v1/playbooks</c>.</summary>
public static class PlaybookEndpoints
{
    /// <summary>Maps the endpoint; the reload state is also sent in the <c>X-Remedy-Reload</c> header (ok or failed).</summary>
    /// <param name="app">The routes.</param>
    /// <param name="board">The playbooks.</param>
    public static void Map(IEndpointRouteBuilder app, PlaybookBoard board) =>
        app.MapGet("/api/v1/playbooks", (HttpResponse response) =>
        {
            var reload = board.Reload();
            response.Headers["X-Remedy-Reload"] = reload.LastAttemptSucceeded ? "ok" : "failed";
            return Results.Json(board.All(), ServerJsonContext.Default.IReadOnlyListPlaybookView);
        });
}
