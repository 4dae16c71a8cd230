using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Remedy.Server.Hosting;

/// <summary>
/// Serves the files embedded from <c>Web/</c> (the page at <c>/</c>, anything beside it at its own path): no
/// separate front-end build or files to deploy.
/// </summary>
public static class WebPage
{
    private const string Prefix = "web/";

    /// <summary>Maps <c>GET /</c> and <c>GET /{file}</c> for every embedded web file.</summary>
    /// <param name="app">The routes.</param>
    public static void Map(IEndpointRouteBuilder app)
    {
        var assembly = typeof(WebPage).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            var bytes = Read(name);
            var type = ContentType(name);
            var path = name[Prefix.Length..];
            app.MapGet("/" + path, () => Results.Bytes(bytes, type));
            if (path == "index.html") app.MapGet("/", () => Results.Bytes(bytes, type));
        }
    }

    private static string ContentType(string name) => Path.GetExtension(name) switch
    {
        ".html" => "text/html; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".svg" => "image/svg+xml",
        ".json" => "application/json",
        ".png" => "image/png",
        ".ico" => "image/x-icon",
        _ => "application/octet-stream",
    };

    private static byte[] Read(string name)
    {
        using var stream = typeof(WebPage).Assembly.GetManifestResourceStream(name)!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
