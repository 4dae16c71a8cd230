using Microsoft.AspNetCore.Http;
using Remedy.Server.Hosting;

namespace Remedy.Server.Approvals;

/// <summary>Who a request comes from, by its <c>Authorization: Bearer</c> token.</summary>
public static class BearerAuth
{
    /// <summary>Identifies the caller.</summary>
    /// <param name="request">The request.</param>
    /// <param name="tokens">The configured tokens, or null when none were given.</param>
    /// <param name="identity">The caller's identity.</param>
    /// <param name="problem">Why the caller is not identified (for the 401).</param>
    /// <returns>True when identified.</returns>
    public static bool TryIdentify(HttpRequest request, TokenStore? tokens, out string identity, out ApiError? problem)
    {
        identity = string.Empty;
        if (tokens is null)
        {
            problem = new ApiError("this server has no tokens configured, so nobody can decide; start it with --tokens FILE", "Authorization");
            return false;
        }

        var header = request.Headers.Authorization.ToString();
        if (header.Length == 0)
        {
            problem = new ApiError("missing Authorization header; send 'Authorization: Bearer <token>'", "Authorization");
            return false;
        }

        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) || header.Length <= 7)
        {
            problem = new ApiError("the Authorization header must be 'Bearer <token>'", "Authorization");
            return false;
        }

        if (tokens.Identify(header[7..].Trim()) is not { } who)
        {
            problem = new ApiError("the bearer token is not valid", "Authorization");
            return false;
        }

        identity = who;
        problem = null;
        return true;
    }
}
