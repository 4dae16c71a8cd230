using System.Text.RegularExpressions;
using Remedy.Server.Hosting;

namespace Remedy.Server.Intake;

/// <summary>Turns the webhook parser's sentence into an API error with a location a sender can find.</summary>
public static partial class WebhookProblem
{
    /// <summary>The error for a payload the parser refused.</summary>
    /// <param name="message">The parser's message.</param>
    /// <returns>The error with its location and whether it was a JSON syntax problem.</returns>
    public static (ApiError Error, bool MalformedJson) From(string message)
    {
        if (JsonPosition().Match(message) is { Success: true } json)
        {
            return (new ApiError(message, $"line {json.Groups[1].Value}, position {json.Groups[2].Value}"), true);
        }

        if (AlertIndex().Match(message) is { Success: true } alert)
        {
            var field = QuotedField().Match(alert.Groups[2].Value) is { Success: true } quoted ? "." + quoted.Groups[1].Value
                : DottedField().Match(alert.Groups[2].Value) is { Success: true } dotted ? "." + dotted.Groups[1].Value
                : string.Empty;
            return (new ApiError(message, $"$.alerts[{alert.Groups[1].Value}]{field}"), false);
        }

        var location = message.Contains("\"version\"", StringComparison.Ordinal) ? "$.version"
            : message.Contains("alerts", StringComparison.Ordinal) ? "$.alerts"
            : "$";
        return (new ApiError(message, location), false);
    }

    [GeneratedRegex(@"line (\d+), position (\d+)")]
    private static partial Regex JsonPosition();

    [GeneratedRegex(@"^alerts\[(\d+)\]: (.*)$", RegexOptions.Singleline)]
    private static partial Regex AlertIndex();

    [GeneratedRegex("^(?:the )?\"([A-Za-z_]+)\"")]
    private static partial Regex QuotedField();

    [GeneratedRegex(@"^((?:labels|annotations)\.[^ ]+) must")]
    private static partial Regex DottedField();
}
