using Remedy.Runtime.Providers;
using Remedy.Runtime.Providers.Http;
using Remedy.Runtime.Providers.Scripting;
using Remedy.Runtime.Tests.Support;
using Remedy.Runtime.Values;

namespace Remedy.Runtime.Tests.Providers.Scripting;

/// <summary>Script providers: real .csx files compiled with Roslyn, run through the narrow API, and every escape rejected.</summary>
public sealed class ScriptProviderTests : IDisposable
{
    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task A_script_file_becomes_the_provider_named_by_its_file()
    {
        var file = temp.Write("providers/acme.queue_depth.csx", """
            // The queue depth is twice the backlog, as the acme exporter counts both halves.
            if (!Args.TryGetInt("backlog", out var backlog))
            {
                return ProviderResult.BadArgument("backlog", "an int");
            }

            Api.Log($"backlog {backlog}");
            return ProviderResult.Ok(MapValue.Of(("depth", backlog * 2), ("run", RunId), ("key", IdempotencyKey ?? "none")));
            """);
        var loader = new ScriptProviderLoader(new ScriptProviderOptions());

        var loaded = loader.Load(file);

        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Errors));
        var provider = Assert.Single(loaded.Providers);
        Assert.Equal("acme.queue_depth", provider.Id);
        var result = await provider.ExecuteAsync(new ProviderCall(provider.Id, MapValue.Of(("backlog", 21)), "run-7/s/a/t/0", "run-7"), default);
        Assert.Equal(MapValue.Of(("depth", 42), ("run", "run-7"), ("key", "run-7/s/a/t/0")), result.Value);
        var bad = await provider.ExecuteAsync(new ProviderCall(provider.Id, MapValue.Empty, null, "run-7"), default);
        Assert.Equal(FailureKind.BadArgument, bad.Failure?.Kind);
    }

    [Fact]
    public async Task A_script_reaches_only_the_providers_the_operator_allowed()
    {
        using var server = new LocalHttpServer(_ => (200, "17"));
        using var client = new HttpClient();
        var http = new HttpGetProvider(client, new HttpProviderOptions { AllowedUrlPrefixes = [server.BaseUrl] });
        var loader = new ScriptProviderLoader(new ScriptProviderOptions { Callable = [http] });
        var loaded = loader.Load("acme.backlog", $$"""
            var answer = await Api.CallAsync("http.get", MapValue.Of(("url", "{{server.BaseUrl}}backlog")));
            if (!answer.Succeeded)
            {
                return answer;
            }

            var body = ((MapValue)answer.Value).TryGetString("body", out var text) ? text : "";
            var denied = await Api.CallAsync("files.move_to_trash", MapValue.Of(("path", "/etc/passwd")));
            return ProviderResult.Ok(MapValue.Of(("backlog", long.Parse(body)), ("trash", denied.Failure?.Message ?? "allowed")));
            """, "acme.backlog.csx");
        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Errors));

        var result = await loaded.Providers[0].ExecuteAsync(new ProviderCall("acme.backlog", MapValue.Empty, null, "run-1"), default);

        Assert.True(result.Succeeded, result.Failure?.Message);
        var map = (MapValue)result.Value;
        Assert.Equal(new IntValue(17), map.Get("backlog"));
        Assert.Equal(new StringValue("script providers may not call 'files.move_to_trash'"), map.Get("trash"));
        Assert.Single(server.Requests);
    }

    [Theory]
    [InlineData("System.IO.File.Delete(\"/tmp/x\"); return ProviderResult.Ok();", "System.IO.File")]
    [InlineData("System.Diagnostics.Process.Start(\"sh\"); return ProviderResult.Ok();", "System.Diagnostics.Process")]
    [InlineData("var s = new System.Net.Sockets.Socket(System.Net.Sockets.SocketType.Stream, System.Net.Sockets.ProtocolType.Tcp); return ProviderResult.Ok();", "System.Net.Sockets.Socket")]
    [InlineData("var t = typeof(ProviderResult).Assembly; return ProviderResult.Ok(t.FullName ?? \"\");", "System.Type")]
    [InlineData("var t = Type.GetType(\"System.IO.File\"); return ProviderResult.Ok();", "System.Type")]
    [InlineData("return ProviderResult.Ok(Environment.GetEnvironmentVariable(\"HOME\") ?? \"\");", "System.Environment")]
    [InlineData("var o = Activator.CreateInstance(typeof(object)); return ProviderResult.Ok();", "System.Activator")]
    [InlineData("var c = new System.Net.Http.HttpClient(); return ProviderResult.Ok();", "System.Net.Http.HttpClient")]
    [InlineData("var store = new Remedy.Runtime.Storage.InMemoryStore(); return ProviderResult.Ok();", "Remedy.Runtime.Storage.InMemoryStore")]
    [InlineData("System.Threading.Tasks.Task.Run(() => System.Console.WriteLine(\"x\")); return ProviderResult.Ok();", "System.Console")]
    [InlineData("return ProviderResult.Ok(System.Runtime.CompilerServices.Unsafe.SizeOf<long>());", "System.Runtime.CompilerServices.Unsafe")]
    public void Escapes_from_the_provider_api_are_rejected(string source, string forbidden)
    {
        var loader = new ScriptProviderLoader(new ScriptProviderOptions());

        var loaded = loader.Load("acme.escape", source, "acme.escape.csx");

        Assert.False(loaded.Succeeded);
        Assert.Empty(loaded.Providers);
        Assert.Contains(loaded.Errors, e => e.Contains(forbidden, StringComparison.Ordinal) && e.Contains("script providers may not use", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("#r \"System.IO.FileSystem\"\nreturn ProviderResult.Ok();", "#r is not allowed")]
    [InlineData("#load \"other.csx\"\nreturn ProviderResult.Ok();", "#load is not allowed")]
    [InlineData("return ProviderResult.Ok(\nundefined_name);", "acme.broken.csx:2: CS0103")]
    [InlineData("dynamic d = Args;\nreturn ProviderResult.Ok((string)d.ToString());", "acme.broken.csx:2: CS0656")]
    public void Directives_and_compile_errors_are_reported_with_their_line(string source, string expected)
    {
        var loaded = new ScriptProviderLoader(new ScriptProviderOptions()).Load("acme.broken", source, "acme.broken.csx");
        Assert.Contains(loaded.Errors, e => e.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void A_file_name_that_is_not_a_provider_id_is_rejected()
    {
        var file = temp.Write("providers/QueueDepth.csx", "return ProviderResult.Ok();");
        var loaded = new ScriptProviderLoader(new ScriptProviderOptions()).LoadDirectory(Path.GetDirectoryName(file)!);
        Assert.Contains("'QueueDepth' is not a provider id", Assert.Single(loaded.Errors));
    }

    [Fact]
    public void Compiled_scripts_are_cached_by_hash_in_memory_and_on_disk()
    {
        const string source = "return ProviderResult.Ok(Args.Count);";
        var cache = temp.Combine("cache");
        var first = new ScriptProviderLoader(new ScriptProviderOptions { CacheDirectory = cache });
        Assert.True(first.Load("acme.count", source, "a.csx").Succeeded);
        Assert.True(first.Load("acme.count_again", source, "b.csx").Succeeded);
        Assert.Equal(1, first.Compilations);

        var second = new ScriptProviderLoader(new ScriptProviderOptions { CacheDirectory = cache });
        var again = second.Load("acme.count", source, "a.csx");
        Assert.True(again.Succeeded, string.Join("\n", again.Errors));
        Assert.Equal(0, second.Compilations);
        Assert.Equal(1, second.DiskHits);
        Assert.Equal(again.Providers[0].SourceHash, Path.GetFileNameWithoutExtension(Assert.Single(Directory.GetFiles(cache))));

        var changed = second.Load("acme.count", source + " // changed", "a.csx");
        Assert.True(changed.Succeeded);
        Assert.Equal(1, second.Compilations);
    }

    [Fact]
    public void A_tampered_cache_file_is_checked_again_and_refused()
    {
        const string source = "return ProviderResult.Ok(1);";
        var cache = temp.Combine("cache");
        Assert.True(new ScriptProviderLoader(new ScriptProviderOptions { CacheDirectory = cache }).Load("acme.one", source, "one.csx").Succeeded);
        var cached = Assert.Single(Directory.GetFiles(cache));
        // Swap in a real assembly that uses files and processes: the test assembly itself.
        File.Copy(typeof(ScriptProviderTests).Assembly.Location, cached, overwrite: true);

        var loaded = new ScriptProviderLoader(new ScriptProviderOptions { CacheDirectory = cache }).Load("acme.one", source, "one.csx");

        Assert.False(loaded.Succeeded);
        Assert.Contains(loaded.Errors, e => e.Contains("System.IO.File", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_script_that_throws_fails_the_call_with_its_log()
    {
        var loaded = new ScriptProviderLoader(new ScriptProviderOptions()).Load("acme.flaky", """
            Api.Log("connecting to the queue");
            throw new InvalidOperationException("queue is read-only");
            """, "acme.flaky.csx");
        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Errors));

        var result = await loaded.Providers[0].ExecuteAsync(new ProviderCall("acme.flaky", MapValue.Empty, null, "run-1"), default);

        Assert.Equal(FailureKind.Error, result.Failure?.Kind);
        Assert.Contains("InvalidOperationException: queue is read-only", result.Failure!.Message);
        Assert.Contains("connecting to the queue", result.Failure.Message);
    }

    [Fact]
    public async Task A_playbook_queries_a_script_provider_through_the_runtime()
    {
        var loaded = new ScriptProviderLoader(new ScriptProviderOptions()).Load(
            "acme.queue_depth", "return ProviderResult.Ok(Args.TryGetString(\"queue\", out var q) && q == \"orders\" ? 7 : 0);", "q.csx");
        Assert.True(ProviderRegistry.TryCreate(loaded.Providers, out var registry, out var error), error);
        var runtime = new Remedy.Runtime.Engine.PlaybookRuntime(new Remedy.Runtime.Storage.InMemoryStore(), registry, new ManualClock());
        var manifest = new Remedy.Runtime.Manifest.PlaybookManifest
        {
            Name = "watch_queue",
            Module = "tests",
            Autonomy = Remedy.Runtime.Manifest.AutonomyLevel.ObserveOnly,
            Timeout = TimeSpan.FromMinutes(1),
            Queries = [new Remedy.Runtime.Manifest.QueryDescriptor("depth", "acme.queue_depth", TimeSpan.FromSeconds(5))],
            SourceHash = Harness.Hash,
        };
        RValue seen = RValue.Null;
        var playbook = new ScriptedPlaybook(manifest, async (ctx, ct) => seen = await ctx.QueryAsync("depth", MapValue.Of(("queue", "orders")), ct));
        var load = runtime.Load(playbook);
        Assert.True(load.Succeeded, string.Join("\n", load.Errors));

        var result = await runtime.RunAsync(load.Playbook!, new Remedy.Runtime.Engine.RunRequest { RequestedBy = "test" }, default);

        Assert.Equal(Remedy.Runtime.Journal.RunOutcome.Succeeded, result.Outcome);
        Assert.Equal(new IntValue(7), seen);
    }
}
