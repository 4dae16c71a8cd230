using System.Text.Encodings.Web;
using System.Text.Json;

namespace Remedy.LanguageServer.Tests.Support;

public static class Json
{
    public static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
