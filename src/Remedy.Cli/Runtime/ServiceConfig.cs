using System.Text.Json.Serialization;

namespace Remedy.Cli.Runtime;

/// <summary>One service of the <c>services</c> list.</summary>
/// <param name="Name">The name playbooks use.</param>
/// <param name="Command">The program and its arguments.</param>
/// <param name="PidFile">Where the service's pid is kept.</param>
public sealed record ServiceConfig(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("command")] IReadOnlyList<string> Command,
    [property: JsonPropertyName("pid_file")] string PidFile);
