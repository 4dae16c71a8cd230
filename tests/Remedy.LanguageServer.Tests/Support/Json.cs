using System.Text.Encodings.Web;
using System.Text.Json;

namespace Remedy.LanguageServer.Tests.Support;

public static class Json
{
    public static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Compact JSON that keeps quotes and non-ASCII readable, for comparing whole messages.</summary>
    public static readonly JsonSerializerOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
