using System.IO.Compression;
using Remedy.Runtime.Providers;
using Remedy.Runtime.Providers.Files;
using Remedy.Runtime.Tests.Support;
using Remedy.Runtime.Values;

namespace Remedy.Runtime.Tests.Providers;

public sealed class FileProviderTests : IDisposable
{
    private readonly TempDirectory dir = new();
    private readonly FileProviderOptions options;
    private readonly ManualClock clock = new(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero));

    public FileProviderTests()
    {
        Directory.CreateDirectory(dir.Combine("logs"));
        options = new FileProviderOptions { AllowedRoots = [dir.Combine("logs")], TrashDirectory = dir.Combine("trash") };
    }

    [Fact]
    public async Task Disk_usage_counts_the_real_bytes_and_files()
    {
        dir.Write("logs/a.log", new string('x', 1000));
        dir.Write("logs/sub/b.log", new string('y', 234));
        var result = await Call(new DiskUsageProvider(options), ("path", dir.Combine("logs")));
        var usage = Assert.IsType<MapValue>(result.Value);
        Assert.True(usage.TryGetInt("bytes", out var bytes) && bytes == 1234);
        Assert.True(usage.TryGetInt("files", out var files) && files == 2);
        Assert.True(usage.TryGetInt("total_bytes", out var total) && total > 0);
        Assert.True(usage.TryGetNumber("used_ratio", out var ratio) && ratio is >= 0 and <= 1);
    }

    [Fact]
    public async Task List_filters_by_pattern_and_age_oldest_first()
    {
        var now = clock.GetUtcNow().UtcDateTime;
        dir.Write("logs/old.log", "1", now.AddDays(-3));
        dir.Write("logs/older.log", "22", now.AddDays(-5));
        dir.Write("logs/new.log", "3", now.AddMinutes(-5));
        dir.Write("logs/old.txt", "4", now.AddDays(-9));

        var result = await Call(new ListFilesProvider(options, clock), ("path", dir.Combine("logs")), ("pattern", "*.log"), ("min_age", TimeSpan.FromDays(1)));

        var names = Assert.IsType<ListValue>(result.Value).Items.Select(i => ((MapValue)i).Get("name")!).ToArray();
        Assert.Equal<RValue>(["older.log", "old.log"], names);
        var first = (MapValue)((ListValue)result.Value).Items[0];
        Assert.Equal(new DurationValue(TimeSpan.FromDays(5)), first.Get("age"));
    }

    [Fact]
    public async Task Move_to_trash_and_restore_round_trip_a_real_file()
    {
        var file = dir.Write("logs/huge.log", "payload");
        var provider = new MoveToTrashProvider(options);
        var call = new ProviderCall(provider.Id, MapValue.Of(("path", file)), "run-1/clean/trash/huge/0", "run-1");

        var captured = Assert.IsType<MapValue>((await provider.CaptureAsync(call, default)).Value);
        Assert.True(captured.TryGetString("trash_path", out var trashPath));
        Assert.False(File.Exists(trashPath));

        Assert.True((await provider.ExecuteAsync(call, default)).Succeeded);
        Assert.False(File.Exists(file));
        Assert.Equal("payload", File.ReadAllText(trashPath));

        // Idempotent: the same call again finds the file already in its trash place.
        Assert.True((await provider.ExecuteAsync(call, default)).Succeeded);

        var restore = await Call(new RestoreFromTrashProvider(options), ("path", file), ("trash_path", trashPath));
        Assert.Equal(BoolValue.Of(true), ((MapValue)restore.Value).Get("restored"));
        Assert.Equal("payload", File.ReadAllText(file));
        Assert.False(Directory.Exists(Path.GetDirectoryName(trashPath)));

        // Restoring again (or restoring a move that never happened) is a harmless no-op.
        var again = await Call(new RestoreFromTrashProvider(options), ("path", file), ("trash_path", trashPath));
        Assert.Equal(BoolValue.Of(false), ((MapValue)again.Value).Get("restored"));
    }

    [Fact]
    public async Task Restore_refuses_to_overwrite_a_file_that_came_back()
    {
        var file = dir.Write("logs/a.log", "one");
        var provider = new MoveToTrashProvider(options);
        var call = new ProviderCall(provider.Id, MapValue.Of(("path", file)), "key-a", "run-1");
        var trash = ((MapValue)(await provider.CaptureAsync(call, default)).Value).Get("trash_path")!.ToString();
        await provider.ExecuteAsync(call, default);
        File.WriteAllText(file, "two");

        var result = await Call(new RestoreFromTrashProvider(options), ("path", file), ("trash_path", trash));
        Assert.Equal(FailureKind.Conflict, result.Failure?.Kind);
        Assert.Equal("two", File.ReadAllText(file));
    }

    [Fact]
    public async Task Compress_and_decompress_round_trip_a_real_file()
    {
        var content = string.Concat(Enumerable.Repeat("log line\n", 2000));
        var file = dir.Write("logs/app.log", content);

        var compressed = await Call(new CompressProvider(options), ("path", file));
        Assert.True(compressed.Succeeded, compressed.Failure?.Message);
        Assert.False(File.Exists(file));
        await using (var gzip = new GZipStream(File.OpenRead(file + ".gz"), CompressionMode.Decompress))
        using (var reader = new StreamReader(gzip))
        {
            Assert.Equal(content, await reader.ReadToEndAsync());
        }

        Assert.True(((MapValue)compressed.Value).TryGetInt("bytes_after", out var after) && after < content.Length);

        var restored = await Call(new DecompressProvider(options), ("path", file));
        Assert.True(restored.Succeeded, restored.Failure?.Message);
        Assert.Equal(content, File.ReadAllText(file));
        Assert.False(File.Exists(file + ".gz"));
    }

    [Fact]
    public async Task Decompress_trusts_the_original_when_both_exist()
    {
        var file = dir.Write("logs/app.log", "original");
        File.WriteAllText(file + ".gz", "stale half-written archive");
        var result = await Call(new DecompressProvider(options), ("path", file));
        Assert.True(result.Succeeded);
        Assert.Equal("original", File.ReadAllText(file));
        Assert.False(File.Exists(file + ".gz"));
    }

    [Fact]
    public async Task Decompress_removes_what_a_killed_compress_left_behind()
    {
        var file = dir.Write("logs/app.log", "original");
        File.WriteAllText(file + ".gz.remedy-tmp", "half an archive");
        var result = await Call(new DecompressProvider(options), ("path", file));
        Assert.True(result.Succeeded);
        Assert.Equal(["app.log"], Directory.GetFiles(dir.Combine("logs")).Select(f => Path.GetFileName(f)));
    }

    [Fact]
    public async Task Rotate_shifts_the_generations_and_drops_the_oldest()
    {
        var file = dir.Write("logs/app.log", "current");
        dir.Write("logs/app.log.1", "gen1");
        dir.Write("logs/app.log.2", "gen2");

        var result = await Call(new RotateProvider(options), ("path", file), ("keep", 2));

        Assert.True(result.Succeeded, result.Failure?.Message);
        Assert.Equal(string.Empty, File.ReadAllText(file));
        Assert.Equal("current", File.ReadAllText(file + ".1"));
        Assert.Equal("gen1", File.ReadAllText(file + ".2"));
        Assert.False(File.Exists(file + ".3"));
        Assert.Equal(BoolValue.Of(true), ((MapValue)result.Value).Get("dropped_oldest"));
    }

    [Theory]
    [InlineData("outside")]
    [InlineData("dotdot")]
    [InlineData("symlink")]
    [InlineData("empty")]
    public async Task Paths_outside_the_allowed_roots_are_refused(string how)
    {
        var secret = dir.Write("secret/passwd", "root:x:0:0");
        var path = how switch
        {
            "outside" => secret,
            "dotdot" => dir.Combine("logs", "..", "secret", "passwd"),
            "symlink" => Path.Combine(Directory.CreateSymbolicLink(dir.Combine("logs", "link"), dir.Combine("secret")).FullName, "passwd"),
            _ => string.Empty,
        };

        var result = await Call(new MoveToTrashProvider(options), ("path", path));
        Assert.False(result.Succeeded);
        Assert.Equal(how == "empty" ? FailureKind.BadArgument : FailureKind.Denied, result.Failure!.Kind);
        Assert.True(File.Exists(secret));
    }

    [Fact]
    public async Task A_missing_file_is_not_found()
    {
        var result = await Call(new CompressProvider(options), ("path", dir.Combine("logs", "nope.log")));
        Assert.Equal(FailureKind.NotFound, result.Failure?.Kind);
    }

    public void Dispose() => dir.Dispose();

    private static Task<ProviderResult> Call(IProvider provider, params (string, RValue)[] args) =>
        provider.ExecuteAsync(new ProviderCall(provider.Id, MapValue.Of(args), "key-" + Guid.NewGuid().ToString("N"), "run-test"), default);
}
