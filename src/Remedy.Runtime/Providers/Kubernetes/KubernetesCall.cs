using System.Net;
using k8s.Autorest;

namespace Remedy.Runtime.Providers.Kubernetes;

/// <summary>Turns API-server errors into typed failures, so each provider states only what it asks for.</summary>
internal static class KubernetesCall
{
    public static async Task<ProviderResult> RunAsync(string what, Func<Task<ProviderResult>> work)
    {
        try
        {
            return await work().ConfigureAwait(false);
        }
        catch (HttpOperationException e)
        {
            return Failure(what, e.Response.StatusCode, e.Response.Content);
        }
        catch (HttpRequestException e)
        {
            return ProviderResult.Fail(FailureKind.Unavailable, $"{what}: the Kubernetes API could not be reached: {e.Message}");
        }
    }

    public static ProviderResult Failure(string what, HttpStatusCode status, string? body)
    {
        var kind = status switch
        {
            HttpStatusCode.NotFound => FailureKind.NotFound,
            HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized => FailureKind.Denied,
            HttpStatusCode.Conflict or HttpStatusCode.TooManyRequests or HttpStatusCode.UnprocessableEntity => FailureKind.Conflict,
            HttpStatusCode.BadRequest => FailureKind.BadArgument,
            _ => FailureKind.Unavailable,
        };
        var detail = string.IsNullOrWhiteSpace(body) ? string.Empty : ": " + (body.Length > 500 ? body[..500] : body);
        return ProviderResult.Fail(kind, $"{what}: the API server answered {(int)status}{detail}");
    }

    public static bool IsNotFound(HttpOperationException e) => e.Response.StatusCode == HttpStatusCode.NotFound;
}
