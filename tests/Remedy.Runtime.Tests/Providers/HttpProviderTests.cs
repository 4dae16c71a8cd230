using Remedy.Runtime.Providers;
using Remedy.Runtime.Providers.Http;
using Remedy.Runtime.Tests.Support;
using Remedy.Runtime.Values;

namespace Remedy.Runtime.Tests.Providers;

public sealed class HttpProviderTests : IDisposable
{
    private readonly LocalHttpServer server = new(request => request.Path switch
    {
        "/health" => (200, "ok"),
        "/sick" => (503, "overloaded"),
        "/cache/flush" when request.Method == "POST" => (202, "flushed " + request.Body),
        "/cache/fail" => (500, "disk full"),
        _ => (404, "no such page"),
    });

    private readonly HttpClient client = new();
    private readonly HttpProviderOptions options;

    public HttpProviderTests() => options = new HttpProviderOptions { AllowedUrlPrefixes = [server.BaseUrl] };

    [Fact]
    public async Task Get_returns_status_and_body_of_any_answer()
    {
        var ok = await Call(new HttpGetProvider(client, options), ("url", server.BaseUrl + "health"));
        Assert.Equal(new IntValue(200), ((MapValue)ok.Value).Get("status"));
        Assert.Equal(new StringValue("ok"), ((MapValue)ok.Value).Get("body"));

        var missing = await Call(new HttpGetProvider(client, options), ("url", server.BaseUrl + "nowhere"));
        Assert.True(missing.Succeeded);
        Assert.Equal(new IntValue(404), ((MapValue)missing.Value).Get("status"));
    }

    [Fact]
    public async Task Post_sends_the_body_and_the_idempotency_key()
    {
        var provider = new HttpPostProvider(client, options);
        var result = await provider.ExecuteAsync(
            new ProviderCall(provider.Id, MapValue.Of(("url", server.BaseUrl + "cache/flush"), ("body", "{\"all\":true}")), "run-1/flush/post/cache/0", "run-1"),
            default);

        Assert.True(result.Succeeded, result.Failure?.Message);
        Assert.Equal(new StringValue("flushed {\"all\":true}"), ((MapValue)result.Value).Get("body"));
        var seen = Assert.Single(server.Requests);
        Assert.Equal("run-1/flush/post/cache/0", seen.IdempotencyKey);
        Assert.StartsWith("application/json", seen.ContentType);
    }

    [Fact]
    public async Task A_post_the_server_rejects_is_a_failure()
    {
        var result = await Call(new HttpPostProvider(client, options), ("url", server.BaseUrl + "cache/fail"), ("body", "x"));
        Assert.Equal(FailureKind.Unavailable, result.Failure?.Kind);
        Assert.Contains("answered 500", result.Failure!.Message);
        Assert.Contains("disk full", result.Failure.Message);
    }

    [Theory]
    [InlineData("health", true, 200)]
    [InlineData("sick", false, 503)]
    public async Task Health_reports_healthy_or_not(string path, bool healthy, int status)
    {
        var result = await Call(new HttpHealthProvider(client, options), ("url", server.BaseUrl + path));
        var map = (MapValue)result.Value;
        Assert.Equal(BoolValue.Of(healthy), map.Get("healthy"));
        Assert.Equal(new IntValue(status), map.Get("status"));
    }

    [Fact]
    public async Task An_unreachable_endpoint_is_unhealthy_not_a_failure()
    {
        int closedPort;
        using (var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0))
        {
            probe.Start();
            closedPort = ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
        }

        var url = $"http://127.0.0.1:{closedPort}/health";
        var result = await Call(new HttpHealthProvider(client, new HttpProviderOptions { AllowedUrlPrefixes = [url] }), ("url", url));
        Assert.True(result.Succeeded);
        Assert.Equal(BoolValue.Of(false), ((MapValue)result.Value).Get("healthy"));

        var get = await Call(new HttpGetProvider(client, new HttpProviderOptions { AllowedUrlPrefixes = [url] }), ("url", url));
        Assert.Equal(FailureKind.Unavailable, get.Failure?.Kind);
    }

    [Theory]
    [InlineData("http://169.254.169.254/latest/meta-data/", FailureKind.Denied)]
    [InlineData("file:///etc/passwd", FailureKind.BadArgument)]
    [InlineData("not a url", FailureKind.BadArgument)]
    public async Task Urls_outside_the_allowlist_are_refused(string url, FailureKind kind)
    {
        var result = await Call(new HttpGetProvider(client, options), ("url", url));
        Assert.Equal(kind, result.Failure?.Kind);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task A_prefix_cannot_be_escaped_with_dot_segments()
    {
        var narrow = new HttpProviderOptions { AllowedUrlPrefixes = [server.BaseUrl + "cache/"] };
        var result = await Call(new HttpGetProvider(client, narrow), ("url", server.BaseUrl + "cache/../health"));
        Assert.Equal(FailureKind.Denied, result.Failure?.Kind);
    }

    public void Dispose()
    {
        client.Dispose();
        server.Dispose();
    }

    private static Task<ProviderResult> Call(IProvider provider, params (string, RValue)[] args) =>
        provider.ExecuteAsync(new ProviderCall(provider.Id, MapValue.Of(args), null, "run-test"), default);
}
