using System.Globalization;

namespace Remedy.Server.Hosting;

/// <summary>Timestamps as the API writes them: ISO-8601 in UTC with a <c>Z</c>, so every client parses them alike.</summary>
public static class IsoTime
{
    /// <summary>Formats a time.</summary>
    /// <param name="at">The time.</param>
    /// <returns>E.g. <c>2026-11-26T14:05:00.000Z</c>.</returns>
    public static string Format(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    /// <summary>Formats a time that may be absent.</summary>
    /// <param name="at">The time, or null.</param>
    /// <returns>The text, or null.</returns>
    public static string? Format(DateTimeOffset? at) => at is { } value ? Format(value) : null;
}
