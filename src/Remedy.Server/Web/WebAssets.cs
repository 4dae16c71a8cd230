using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Remedy.Server.Web;

/// <summary>
/// Serves the page's style sheet and script (<c>/page.css</c>, <c>/page.js</c>) from the resources embedded from
/// <c>Web/</c>; <c>/</c> itself is <see cref="Hosting.WebPage"/>'s. One route per file, no catch-all, so the API's
/// routes never compete with it.
/// </summary>
public static class WebAssets
{
    private const string Prefix = "web/";

    /// <summary>The file kinds served, with their content types: everything else embedded (this source) is not.</summary>
    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".svg"] = "image/svg+xml",
        [".png"] = "image/png",
    };

    /// <summary>Maps <c>GET /&lt;file&gt;</c> for each embedded asset.</summary>
    /// <param name="app">The routes.</param>
    public static void Map(IEndpointRouteBuilder app)
    {
        var assembly = typeof(WebAssets).Assembly;
        foreach (var (path, contentType) in Assets(assembly.GetManifestResourceNames()))
        {
            var bytes = Read(assembly, Prefix + path);
            app.MapGet("/" + path, (HttpContext context) =>
            {
                // The page and its assets change together with the server: revalidate rather than mix versions.
                context.Response.Headers.CacheControl = "no-cache";
                return Results.Bytes(bytes, contentType);
            });
        }
    }

    /// <summary>The embedded resources to serve: their path under <c>/</c> and content type.</summary>
    /// <param name="resourceNames">The assembly's resource names.</param>
    /// <returns>The assets, in name order.</returns>
    public static IReadOnlyList<(string Path, string ContentType)> Assets(IEnumerable<string> resourceNames) =>
        resourceNames
            .Where(name => name.StartsWith(Prefix, StringComparison.Ordinal))
            .Select(name => name[Prefix.Length..])
            .Where(path => ContentTypes.ContainsKey(Path.GetExtension(path)))
            .Order(StringComparer.Ordinal)
            .Select(path => (path, ContentTypes[Path.GetExtension(path)]))
            .ToArray();

    private static byte[] Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"the server was built without its page asset ({name})");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
