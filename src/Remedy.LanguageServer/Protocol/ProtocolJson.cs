using System.Text.Json;
using System.Text.Json.Serialization;

namespace Remedy.LanguageServer.Protocol;

/// <summary>The JSON conventions of the protocol: camelCase names, absent rather than null optional fields.</summary>
public static class ProtocolJson
{
    /// <summary>
    /// Creates the options for reading parameters and writing results. They also reject a
    /// parameter object that lacks a required field or holds null where the protocol forbids it,
    /// so a malformed request gets InvalidParams instead of failing deep inside a handler.
    /// </summary>
    public static JsonSerializerOptions CreateOptions()
    {
        var options = Configure(new JsonSerializerOptions());
        options.RespectNullableAnnotations = true;
        options.RespectRequiredConstructorParameters = true;
        return options;
    }

    /// <summary>Applies the protocol's naming and null conventions to existing options (such as the formatter's own).</summary>
    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        return options;
    }
}
