using System.Globalization;
using System.Text;

namespace Remedy.Compiler.Analysis;

/// <summary>Formats durations the way playbooks write them: <c>16m10s</c>, <c>1h</c>, <c>500ms</c>.</summary>
public static class DurationText
{
    /// <summary>Formats a duration, or "unknown" for null.</summary>
    public static string Format(TimeSpan? duration)
    {
        if (duration is not { } d) return "unknown";
        if (d == TimeSpan.Zero) return "0s";
        var text = new StringBuilder();
        if (d.Days > 0) text.Append(CultureInfo.InvariantCulture, $"{(long)d.TotalDays}d");
        if (d.Hours > 0) text.Append(CultureInfo.InvariantCulture, $"{d.Hours}h");
        if (d.Minutes > 0) text.Append(CultureInfo.InvariantCulture, $"{d.Minutes}m");
        if (d.Seconds > 0) text.Append(CultureInfo.InvariantCulture, $"{d.Seconds}s");
        if (d.Milliseconds > 0) text.Append(CultureInfo.InvariantCulture, $"{d.Milliseconds}ms");
        return text.ToString();
    }
}
