using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Remedy.Server.Hosting;

namespace Remedy.Server.Runs;

/// <summary>Maps <c>GET /api/v1/runs</c>.</summary>
public static class RunEndpoints
{
    /// <summary>The most runs one request lists.</summary>
    public const int MaxLimit = 1000;

    /// <summary>Maps the endpoint.</summary>
    /// <param name="app">The routes.</param>
    /// <param name="board">The runs.</param>
    public static void Map(IEndpointRouteBuilder app, RunBoard board) =>
        app.MapGet("/api/v1/runs", (HttpRequest request) =>
        {
            var limit = 50;
            if (request.Query.TryGetValue("limit", out var text) &&
                (!int.TryParse(text.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit < 1 || limit > MaxLimit))
            {
                return Json.Error(StatusCodes.Status400BadRequest, new ApiError($"limit must be a whole number from 1 to {MaxLimit}, not '{text}'", "limit"));
            }

            return Results.Json(board.Recent(limit), ServerJsonContext.Default.IReadOnlyListRunView);
        });
}
