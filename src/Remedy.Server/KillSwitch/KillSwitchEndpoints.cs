using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Remedy.Runtime.Safety;
using Remedy.Server.Approvals;
using Remedy.Server.Hosting;

namespace Remedy.Server.KillSwitch;

/// <summary>Maps the kill switch: reading is open, changing it needs a bearer token and is audited by the runtime.</summary>
public static class KillSwitchEndpoints
{
    /// <summary>Maps <c>GET</c> and <c>POST /api/v1/killswitch</c>.</summary>
    /// <param name="app">The routes.</param>
    /// <param name="killSwitch">The runtime's kill switch.</param>
    /// <param name="tokens">The tokens, or null.</param>
    public static void Map(IEndpointRouteBuilder app, Remedy.Runtime.Safety.KillSwitch killSwitch, TokenStore? tokens)
    {
        app.MapGet("/api/v1/killswitch", () => Results.Json(View(killSwitch.State), ServerJsonContext.Default.KillSwitchView));
        app.MapPost("/api/v1/killswitch", async (HttpContext context) =>
        {
            if (!BearerAuth.TryIdentify(context.Request, tokens, out var identity, out var unauthorized))
            {
                context.Response.Headers.WWWAuthenticate = "Bearer";
                return Json.Error(StatusCodes.Status401Unauthorized, unauthorized!);
            }

            var (document, status, error) = await JsonBody.ReadObjectAsync(context.Request).ConfigureAwait(false);
            if (document is null) return Json.Error(status, error!);
            using (document)
            {
                var root = document.RootElement;
                if (!root.TryGetProperty("engaged", out var engaged) || engaged.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
                {
                    return Json.Error(StatusCodes.Status400BadRequest, new ApiError("\"engaged\" must be true or false", "$.engaged"));
                }

                if (!JsonBody.TryOptionalString(root, "reason", out var reason))
                {
                    return Json.Error(StatusCodes.Status400BadRequest, new ApiError("\"reason\" must be a string", "$.reason"));
                }

                var state = engaged.GetBoolean() ? killSwitch.Pause(identity, reason) : killSwitch.Resume(identity, reason);
                return Results.Json(View(state), ServerJsonContext.Default.KillSwitchView);
            }
        });
    }

    private static KillSwitchView View(KillSwitchState state) =>
        new(state.Paused, state.Reason, state.By, state.At == DateTimeOffset.UnixEpoch ? null : IsoTime.Format(state.At));
}
