using Remedy.Runtime.Values;

namespace Remedy.Runtime.Providers.Files;

/// <summary>
/// <c>files.disk_usage(path)</c>: the bytes and files under a folder (symbolic links are not followed) and the
/// free and total space of its volume: <c>{path, bytes, files, free_bytes, total_bytes, used_ratio}</c>.
/// </summary>
public sealed class DiskUsageProvider : IProvider
{
    private readonly FileProviderOptions options;

    /// <summary>Creates the provider.</summary>
    /// <param name="options">The allowed roots.</param>
    public DiskUsageProvider(FileProviderOptions options) => this.options = options;

    /// <inheritdoc />
    public string Id => "files.disk_usage";

    /// <inheritdoc />
    public Task<ProviderResult> ExecuteAsync(ProviderCall call, CancellationToken cancellationToken)
    {
        if (!call.Args.TryGetString("path", out var path))
        {
            return Task.FromResult(ProviderResult.BadArgument("path", "a string"));
        }

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
            long bytes = 0, files = 0;
            var walk = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.ReparsePoint };
            foreach (var file in new DirectoryInfo(full).EnumerateFiles("*", walk))
            {
                cancellationToken.ThrowIfCancellationRequested();
                bytes += file.Length;
                files++;
            }

            var drive = new DriveInfo(full);
            var used = drive.TotalSize == 0 ? 0d : 1d - (double)drive.AvailableFreeSpace / drive.TotalSize;
            return Task.FromResult(ProviderResult.Ok(MapValue.Of(
                ("path", full), ("bytes", bytes), ("files", files),
                ("free_bytes", drive.AvailableFreeSpace), ("total_bytes", drive.TotalSize), ("used_ratio", used))));
        }
        catch (Exception e) when (FileSystemFailure.IsFileSystem(e))
        {
            return Task.FromResult(FileSystemFailure.From(e, $"cannot measure '{full}'"));
        }
    }
}
