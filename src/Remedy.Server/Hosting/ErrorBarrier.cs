using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Remedy.Runtime.Storage;

namespace Remedy.Server.Hosting;

/// <summary>
/// Turns what escapes an endpoint into a JSON answer instead of an empty 500: a state file that cannot be used
/// right now (locked past its busy timeout, damaged) is a 503 to retry; anything else is a 500 that names the
/// failure and is written to the server's output. No stack trace reaches a client.
/// </summary>
public static class ErrorBarrier
{
    /// <summary>Installs the barrier in front of every endpoint.</summary>
    /// <param name="app">The application.</param>
    /// <param name="log">Where unexpected failures are written.</param>
    public static void Use(IApplicationBuilder app, TextWriter log) => app.Use(async (context, next) =>
    {
        try
        {
            await next(context).ConfigureAwait(false);
        }
        catch (Exception e) when (e is StoreException or Microsoft.Data.Sqlite.SqliteException && !context.Response.HasStarted)
        {
            context.Response.Headers.RetryAfter = "5";
            await Json.Error(StatusCodes.Status503ServiceUnavailable, new ApiError($"the state file cannot be used right now: {e.Message}")).ExecuteAsync(context).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException && !context.Response.HasStarted)
        {
            await log.WriteLineAsync($"error: {context.Request.Method} {context.Request.Path} failed: {e.GetType().Name}: {e.Message}").ConfigureAwait(false);
            await Json.Error(StatusCodes.Status500InternalServerError, new ApiError($"internal error ({e.GetType().Name}); the server keeps running and wrote the details to its output")).ExecuteAsync(context).ConfigureAwait(false);
        }
    });
}
