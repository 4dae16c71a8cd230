using System.Text.Json.Serialization;

namespace Remedy.Cli.Runtime;

/// <summary>The <c>http</c> section.</summary>
/// <param name="AllowedUrlPrefixes">URL prefixes the HTTP providers may call.</param>
public sealed record HttpConfig([property: JsonPropertyName("allowed_url_prefixes")] IReadOnlyList<string> AllowedUrlPrefixes);
