using System.IO.Compression;
using Remedy.Runtime.Values;

namespace Remedy.Runtime.Providers.Files;

/// <summary>
/// <c>files.compress(path)</c>: gzips a file to <c>path.gz</c> and removes the original; the rollback is
/// <c>files.decompress(path)</c>. Crash-safe: the archive is written to a temporary name, flushed, and renamed
/// before the original is deleted, so at every instant either the original or a complete archive exists.
/// Whenever both exist the original is the truth.
/// </summary>
public sealed class CompressProvider : IProvider
{
    private readonly FileProviderOptions options;

    /// <summary>Creates the provider.</summary>
    /// <param name="options">The allowed roots.</param>
    public CompressProvider(FileProviderOptions options) => this.options = options;

    /// <inheritdoc />
    public string Id => "files.compress";

    /// <inheritdoc />
    public async Task<ProviderResult> ExecuteAsync(ProviderCall call, CancellationToken cancellationToken)
    {
        if (!call.Args.TryGetString("path", out var path))
        {
            return ProviderResult.BadArgument("path", "a string");
        }

        if (!PathGuard.TryResolve(path, options.AllowedRoots, out var full, out var refusal))
        {
            return refusal!;
        }

        var archive = full + ".gz";
        var temporary = archive + ".remedy-tmp";
        try
        {
            if (!File.Exists(full))
            {
                return File.Exists(archive)
                    ? ProviderResult.Ok(MapValue.Of(("path", full), ("compressed_path", archive), ("bytes_after", new FileInfo(archive).Length)))
                    : ProviderResult.Fail(FailureKind.NotFound, $"'{full}' does not exist");
            }

            var before = new FileInfo(full).Length;
            await using (var source = new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true))
            await using (var target = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                await using (var gzip = new GZipStream(target, CompressionLevel.Optimal, leaveOpen: true))
                {
                    await source.CopyToAsync(gzip, cancellationToken).ConfigureAwait(false);
                }

                target.Flush(flushToDisk: true);
            }

            File.Move(temporary, archive, overwrite: true);
            File.Delete(full);
            return ProviderResult.Ok(MapValue.Of(
                ("path", full), ("compressed_path", archive), ("bytes_before", before), ("bytes_after", new FileInfo(archive).Length)));
        }
        catch (Exception e) when (FileSystemFailure.IsFileSystem(e) || e is OperationCanceledException)
        {
            TryDelete(temporary);
            return e is OperationCanceledException
                ? ProviderResult.Fail(FailureKind.Cancelled, $"compressing '{full}' was cancelled; the original is untouched")
                : FileSystemFailure.From(e, $"cannot compress '{full}'");
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (FileSystemFailure.IsFileSystem(e))
        {
            // A stray temporary file is harmless and is overwritten by the next attempt.
        }
    }
}
