using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Remedy.Server.Hosting;

/// <summary>
/// Gives a request no endpoint takes (an unknown path, or a method the path does not accept) the API's JSON error
/// body, instead of the empty 404 or 405 routing leaves: a client is told what it asked for and that it does not exist.
/// </summary>
public static class UnmatchedRequests
{
    /// <summary>Installs the answer for unmatched requests.</summary>
    /// <param name="app">The application.</param>
    public static void Use(IApplicationBuilder app) => app.UseStatusCodePages(async pages =>
    {
        var context = pages.HttpContext;
        var request = context.Request;
        var message = context.Response.StatusCode switch
        {
            StatusCodes.Status404NotFound => $"there is no {request.Path} here; the API is under /api/v1 (alerts, approvals, runs, playbooks, killswitch, status)",
            StatusCodes.Status405MethodNotAllowed => $"{request.Path} does not take {request.Method}",
            _ => null,
        };
        if (message is null) return;
        await Json.Error(context.Response.StatusCode, new ApiError(message, request.Path)).ExecuteAsync(context).ConfigureAwait(false);
    });
}
