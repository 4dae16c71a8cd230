using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Remedy.Server.Hosting;

/// <summary>Reads the small JSON bodies of decisions and kill switch changes, with an error that says where.</summary>
public static class JsonBody
{
    private const int MaxBytes = 64 * 1024;

    /// <summary>Reads the body as a JSON object.</summary>
    /// <param name="request">The request.</param>
    /// <returns>The document (dispose it) or the status and error.</returns>
    public static async Task<(JsonDocument? Document, int Status, ApiError? Error)> ReadObjectAsync(HttpRequest request)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type) || !type.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase))
        {
            return (null, StatusCodes.Status415UnsupportedMediaType, new ApiError($"the body must be application/json, not '{request.ContentType ?? "(none)"}'", "Content-Type"));
        }

        if (request.ContentLength > MaxBytes)
        {
            return (null, StatusCodes.Status413PayloadTooLarge, new ApiError($"the body is larger than {MaxBytes} bytes"));
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > MaxBytes) return (null, StatusCodes.Status413PayloadTooLarge, new ApiError($"the body is larger than {MaxBytes} bytes"));
            buffer.Write(chunk, 0, read);
        }

        try
        {
            var document = JsonDocument.Parse(buffer.ToArray());
            if (document.RootElement.ValueKind == JsonValueKind.Object) return (document, StatusCodes.Status200OK, null);
            document.Dispose();
            return (null, StatusCodes.Status400BadRequest, new ApiError("the body must be a JSON object", "$"));
        }
        catch (JsonException e)
        {
            return (null, StatusCodes.Status400BadRequest, new ApiError($"the body is not valid JSON: {e.Message}", $"line {(e.LineNumber ?? 0) + 1}, position {(e.BytePositionInLine ?? 0) + 1}"));
        }
    }

    /// <summary>An optional string field.</summary>
    /// <param name="root">The object.</param>
    /// <param name="name">The field.</param>
    /// <param name="value">Its value ("" when absent).</param>
    /// <returns>False when present but not a string.</returns>
    public static bool TryOptionalString(JsonElement root, string name, out string value)
    {
        value = string.Empty;
        if (!root.TryGetProperty(name, out var field) || field.ValueKind == JsonValueKind.Null) return true;
        if (field.ValueKind != JsonValueKind.String) return false;
        value = field.GetString()!;
        return true;
    }
}
