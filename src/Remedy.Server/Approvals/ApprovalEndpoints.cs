using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Remedy.Server.Hosting;

namespace Remedy.Server.Approvals;

/// <summary>Maps the approval API: listing is open (read-only), deciding needs a bearer token.</summary>
public static class ApprovalEndpoints
{
    /// <summary>Maps <c>GET /api/v1/approvals</c> and <c>POST /api/v1/approvals/{id}</c>.</summary>
    /// <param name="app">The routes.</param>
    /// <param name="desk">The approvals.</param>
    /// <param name="tokens">The tokens, or null.</param>
    /// <param name="state">Whether the server still takes decisions.</param>
    public static void Map(IEndpointRouteBuilder app, ApprovalDesk desk, TokenStore? tokens, ServerState state)
    {
        app.MapGet("/api/v1/approvals", () => Results.Json(desk.Pending(), ServerJsonContext.Default.IReadOnlyListApprovalView));
        app.MapPost("/api/v1/approvals/{id}", async (string id, HttpContext context) =>
        {
            if (!BearerAuth.TryIdentify(context.Request, tokens, out var identity, out var unauthorized))
            {
                context.Response.Headers.WWWAuthenticate = "Bearer";
                return Json.Error(StatusCodes.Status401Unauthorized, unauthorized!);
            }

            if (state.Draining)
            {
                return Json.Error(StatusCodes.Status503ServiceUnavailable, new ApiError("the server is shutting down; decide with 'remedy approve' on the state file or after the restart"));
            }

            var (document, status, error) = await JsonBody.ReadObjectAsync(context.Request).ConfigureAwait(false);
            if (document is null) return Json.Error(status, error!);
            using (document)
            {
                var root = document.RootElement;
                var decision = root.TryGetProperty("decision", out var d) && d.ValueKind == System.Text.Json.JsonValueKind.String ? d.GetString() : null;
                if (decision is not ("approve" or "deny"))
                {
                    return Json.Error(StatusCodes.Status400BadRequest, new ApiError("\"decision\" must be \"approve\" or \"deny\"", "$.decision"));
                }

                if (!JsonBody.TryOptionalString(root, "reason", out var reason))
                {
                    return Json.Error(StatusCodes.Status400BadRequest, new ApiError("\"reason\" must be a string", "$.reason"));
                }

                var (code, body, problem) = desk.Decide(id, identity, decision == "approve", reason);
                return body is not null
                    ? Results.Json(body, ServerJsonContext.Default.DecisionResponse, statusCode: code)
                    : Json.Error(code, problem!);
            }
        });
    }
}
