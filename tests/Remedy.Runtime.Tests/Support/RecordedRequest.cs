namespace Remedy.Runtime.Tests.Support;

/// <summary>A request the local HTTP server received.</summary>
public sealed record RecordedRequest(string Method, string Path, string Body, string? IdempotencyKey, string? ContentType);
