namespace Remedy.Server.Hosting;

/// <summary>The body of every error response: what is wrong, and where in the request when that is known.</summary>
/// <param name="Error">The problem, as a sentence.</param>
/// <param name="Location">Where: a JSON path (<c>$.alerts[0].status</c>), a line and position, or a header; null when not about one place.</param>
public sealed record ApiError(string Error, string? Location = null);
