using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Remedy.Server.Hosting;

/// <summary>Serves the page embedded from <c>Web/</c>: no separate front-end build or files to deploy.</summary>
public static class WebPage
{
    /// <summary>Maps <c>GET /</c>.</summary>
    /// <param name="app">The routes.</param>
    public static void Map(IEndpointRouteBuilder app)
    {
        var page = Read("web/index.html");
        app.MapGet("/", () => Results.Bytes(page, "text/html; charset=utf-8"));
    }

    private static byte[] Read(string name)
    {
        using var stream = typeof(WebPage).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"the server was built without its page ({name})");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
