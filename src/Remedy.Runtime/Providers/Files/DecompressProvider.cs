using System.IO.Compression;
using Remedy.Runtime.Values;

namespace Remedy.Runtime.Providers.Files;

/// <summary>
/// <c>files.decompress(path)</c>: restores <c>path</c> from <c>path.gz</c>, the compensation of
/// <c>files.compress</c>. Idempotent and tolerant: if the original exists it is the truth (any archive beside
/// it, and any temporary file a killed compress left, is removed); if neither exists there is nothing to
/// restore and the call fails as not found.
/// </summary>
public sealed class DecompressProvider : IProvider
{
    private readonly FileProviderOptions options;

    /// <summary>Creates the provider.</summary>
    /// <param name="options">The allowed roots.</param>
    public DecompressProvider(FileProviderOptions options) => this.options = options;

    /// <inheritdoc />
    public string Id => "files.decompress";

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
        var temporary = full + ".remedy-tmp";
        try
        {
            if (File.Exists(full))
            {
                // The original survived (compress never ran, or died before deleting it): drop any archive beside it,
                // and the half-written files a killed compress or decompress may have left.
                File.Delete(archive);
                File.Delete(archive + ".remedy-tmp");
                File.Delete(temporary);
                return ProviderResult.Ok(MapValue.Of(("path", full), ("restored", false)));
            }

            if (!File.Exists(archive))
            {
                return ProviderResult.Fail(FailureKind.NotFound, $"neither '{full}' nor '{archive}' exists; nothing to restore");
            }

            await using (var source = new FileStream(archive, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true))
            await using (var gzip = new GZipStream(source, CompressionMode.Decompress))
            await using (var target = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                await gzip.CopyToAsync(target, cancellationToken).ConfigureAwait(false);
                target.Flush(flushToDisk: true);
            }

            File.Move(temporary, full);
            File.Delete(archive);
            File.Delete(archive + ".remedy-tmp");
            return ProviderResult.Ok(MapValue.Of(("path", full), ("restored", true)));
        }
        catch (Exception e) when (FileSystemFailure.IsFileSystem(e) || e is InvalidDataException or OperationCanceledException)
        {
            try
            {
                File.Delete(temporary);
            }
            catch (Exception cleanup) when (FileSystemFailure.IsFileSystem(cleanup))
            {
                // Leave it; the next attempt overwrites it.
            }

            return e switch
            {
                InvalidDataException => ProviderResult.Fail(FailureKind.Conflict, $"'{archive}' is not a valid gzip archive: {e.Message}"),
                OperationCanceledException => ProviderResult.Fail(FailureKind.Cancelled, $"restoring '{full}' was cancelled; the archive is untouched"),
                _ => FileSystemFailure.From(e, $"cannot restore '{full}'"),
            };
        }
    }
}
