using Microsoft.AspNetCore.Http;

namespace Remedy.Server.Hosting;

/// <summary>Responses with the API's JSON (source-generated, camelCase).</summary>
public static class Json
{
    /// <summary>An error.</summary>
    /// <param name="status">The status code.</param>
    /// <param name="error">The error.</param>
    /// <returns>The result.</returns>
    public static IResult Error(int status, ApiError error) => Results.Json(error, ServerJsonContext.Default.ApiError, statusCode: status);

    /// <summary>A 202 for accepted alerts.</summary>
    /// <param name="response">The body.</param>
    /// <returns>The result.</returns>
    public static IResult Accepted(Intake.IntakeResponse response) => Results.Json(response, ServerJsonContext.Default.IntakeResponse, statusCode: StatusCodes.Status202Accepted);
}
