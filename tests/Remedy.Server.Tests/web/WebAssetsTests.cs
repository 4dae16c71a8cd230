using System.Net;
using System.Text.RegularExpressions;
using Remedy.Server.Tests.Support;

namespace Remedy.Server.Tests.Web;

/// <summary>The page's own files: everything the page loads is served by the same process, from no other host.</summary>
public sealed partial class WebAssetsTests
{
    [Fact]
    public async Task Every_file_the_page_loads_is_served_with_its_type_and_none_comes_from_another_host()
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
            Assert.NotEmpty(await response.Content.ReadAsStringAsync());
        }

        // Nothing from another host: the machines it runs on may have no network.
        Assert.DoesNotMatch("""(src|href)="(https?:)?//""", page);
        Assert.DoesNotMatch("""url\(\s*['"]?(https?:)?//|@import""", await workspace.Http.GetStringAsync("page.css"));
        Assert.DoesNotMatch("""(fetch|import)\(\s*['"`](https?:)?//""", await workspace.Http.GetStringAsync("page.js"));
    }

    /// <summary>The same-origin files a page loads: style sheets and scripts by relative path.</summary>
    [GeneratedRegex("""<(?:link[^>]*\bhref|script[^>]*\bsrc)="(?<file>[^":/]+)"[^>]*>""")]
    private static partial Regex LoadedFiles();
}
