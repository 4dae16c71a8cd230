using System.Globalization;
using Remedy.Runtime.Values;

namespace Remedy.Runtime.Providers.Files;

/// <summary>
/// <c>files.list(path, pattern = "*", min_age = 0s, min_bytes = 0)</c>: the files directly in a folder that
/// match, oldest first, as records <c>{path, name, bytes, modified_at, age}</c>.
/// </summary>
public sealed class ListFilesProvider : IProvider
{
    private readonly FileProviderOptions options;
    private readonly TimeProvider clock;

    /// <summary>Creates the provider.</summary>
    /// <param name="options">The allowed roots.</param>
    /// <param name="clock">The clock ages are measured against.</param>
    public ListFilesProvider(FileProviderOptions options, TimeProvider clock)
    {
        this.options = options;
        this.clock = clock;
    }

    /// <inheritdoc />
    public string Id => "files.list";

    /// <inheritdoc />
    public Task<ProviderResult> ExecuteAsync(ProviderCall call, CancellationToken cancellationToken)
    {
        if (!call.Args.TryGetString("path", out var path))
        {
            return Task.FromResult(ProviderResult.BadArgument("path", "a string"));
        }

        var pattern = call.Args.TryGetString("pattern", out var p) ? p : "*";
        var minAge = call.Args.TryGetDuration("min_age", out var age) ? age : TimeSpan.Zero;
        var minBytes = call.Args.TryGetInt("min_bytes", out var size) ? size : 0;
        if (!PathGuard.TryResolve(path, options.AllowedRoots, out var full, out var refusal, allowRoot: true))
        {
            return Task.FromResult(refusal!);
        }

        if (!Directory.Exists(full))
        {
            return Task.FromResult(ProviderResult.Fail(FailureKind.NotFound, $"folder '{full}' does not exist"));
        }

        try
        {
            var now = clock.GetUtcNow();
            var items = new DirectoryInfo(full)
                .EnumerateFiles(pattern, new EnumerationOptions { IgnoreInaccessible = true, AttributesToSkip = FileAttributes.ReparsePoint })
                .Select(f => (File: f, Modified: new DateTimeOffset(f.LastWriteTimeUtc, TimeSpan.Zero)))
                .Where(f => now - f.Modified >= minAge && f.File.Length >= minBytes)
                .OrderBy(f => f.Modified)
                .ThenBy(f => f.File.Name, StringComparer.Ordinal)
                .Take(options.MaxListEntries)
                .Select(f => (RValue)MapValue.Of(
                    ("path", f.File.FullName),
                    ("name", f.File.Name),
                    ("bytes", f.File.Length),
                    ("modified_at", f.Modified.ToString("O", CultureInfo.InvariantCulture)),
                    ("age", now - f.Modified)))
                .ToArray();
            return Task.FromResult(ProviderResult.Ok(new ListValue(items)));
        }
        catch (Exception e) when (FileSystemFailure.IsFileSystem(e))
        {
            return Task.FromResult(FileSystemFailure.From(e, $"cannot list '{full}'"));
        }
    }
}
