using System.Net;
using System.Text.RegularExpressions;
using Remedy.Server.Tests.Support;
using Remedy.Server.Web;

namespace Remedy.Server.Tests.Web;

/// <summary>The page's own files: which embedded resources are served, and that everything the page loads is.</summary>
public sealed partial class WebAssetsTests
{
    public static TheoryData<string[], string[]> ResourceNames => new()
    {
        // Only style sheets, scripts and images under web/ are served; index.html is GET /'s, a source file never.
        { ["web/index.html", "web/page.css", "web/page.js", "web/WebAssets.cs"], ["page.css text/css; charset=utf-8", "page.js text/javascript; charset=utf-8"] },
        { ["web/logo.svg", "web/shot.PNG", "web/notes.md"], ["logo.svg image/svg+xml", "shot.PNG image/png"] },
        // Resources of other folders, or named like an asset without the prefix, are not the page's.
        { ["Remedy.Server.Strings.resources", "page.css", "webpage.js"], [] },
        { [], [] },
    };

    [Theory]
    [MemberData(nameof(ResourceNames))]
    public void Serves_only_the_page_s_style_sheets_scripts_and_images(string[] resources, string[] expected)
    {
        var assets = WebAssets.Assets(resources).Select(a => $"{a.Path} {a.ContentType}");

        Assert.Equal(expected, assets);
    }

    [Fact]
    public async Task Every_file_the_page_loads_is_served_with_its_type_and_nothing_else_of_web_is()
    {
        await using var workspace = new ServerWorkspace();
        await workspace.StartAsync();

        var page = await workspace.Http.GetStringAsync("");
        var loaded = LoadedFiles().Matches(page).Select(m => m.Groups["file"].Value).ToArray();
        Assert.Equal(["page.css", "page.js"], loaded.Order(StringComparer.Ordinal));
        foreach (var file in loaded)
        {
            using var response = await workspace.Http.GetAsync(file);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(file.EndsWith(".css", StringComparison.Ordinal) ? "text/css" : "text/javascript", response.Content.Headers.ContentType!.MediaType);
            Assert.Equal("no-cache", response.Headers.CacheControl?.ToString());
            Assert.NotEmpty(await response.Content.ReadAsStringAsync());
        }

        // Nothing from another host: the machines it runs on may have no network.
        Assert.DoesNotMatch("""(src|href)="(https?:)?//""", page);
        Assert.DoesNotMatch("""url\(\s*['"]?(https?:)?//|@import""", await workspace.Http.GetStringAsync("page.css"));
        Assert.DoesNotMatch("""(fetch|import)\(\s*['"`](https?:)?//""", await workspace.Http.GetStringAsync("page.js"));

        using var source = await workspace.Http.GetAsync("WebAssets.cs");
        Assert.Equal(HttpStatusCode.NotFound, source.StatusCode);
    }

    /// <summary>The same-origin files a page loads: style sheets and scripts by relative path (no other host).</summary>
    [GeneratedRegex("""<(?:link[^>]*\bhref|script[^>]*\bsrc)="(?<file>[^":/]+)"[^>]*>""")]
    private static partial Regex LoadedFiles();
}
