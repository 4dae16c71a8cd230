using Remedy.Runtime.Values;

namespace Remedy.Runtime.Providers.Files;

/// <summary>
/// <c>files.restore(path, trash_path)</c>: the compensation of <c>files.move_to_trash</c>. Idempotent and
/// tolerant of a move that never happened: when the original is in place and the trash copy is gone there is
/// nothing to do. Refuses only when both exist, since restoring would overwrite something.
/// </summary>
public sealed class RestoreFromTrashProvider : IProvider
{
    private readonly FileProviderOptions options;

    /// <summary>Creates the provider.</summary>
    /// <param name="options">The allowed roots and the trash folder.</param>
    public RestoreFromTrashProvider(FileProviderOptions options) => this.options = options;

    /// <inheritdoc />
    public string Id => "files.restore";

    /// <inheritdoc />
    public Task<ProviderResult> ExecuteAsync(ProviderCall call, CancellationToken cancellationToken)
    {
        if (!call.Args.TryGetString("path", out var path))
        {
            return Task.FromResult(ProviderResult.BadArgument("path", "a string"));
        }

        if (!call.Args.TryGetString("trash_path", out var trashPath))
        {
            return Task.FromResult(ProviderResult.BadArgument("trash_path", "a string"));
        }

        if (!PathGuard.TryResolve(path, options.AllowedRoots, out var full, out var refusal)
            || !PathGuard.TryResolve(trashPath, [options.TrashDirectory], out var trash, out refusal))
        {
            return Task.FromResult(refusal!);
        }

        try
        {
            var originalExists = File.Exists(full) || Directory.Exists(full);
            var trashExists = File.Exists(trash) || Directory.Exists(trash);
            var result = MapValue.Of(("path", full), ("trash_path", trash));
            if (!trashExists)
            {
                // Either restored already or never moved: the original (or its absence) is the truth.
                return Task.FromResult(ProviderResult.Ok(result.With("restored", false)));
            }

            if (originalExists)
            {
                return Task.FromResult(ProviderResult.Fail(FailureKind.Conflict, $"cannot restore '{trash}': '{full}' exists again"));
            }

            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            if (Directory.Exists(trash))
            {
                Directory.Move(trash, full);
            }
            else
            {
                File.Move(trash, full);
            }

            TryRemoveEmptyBucket(trash);
            return Task.FromResult(ProviderResult.Ok(result.With("restored", true)));
        }
        catch (Exception e) when (FileSystemFailure.IsFileSystem(e))
        {
            return Task.FromResult(FileSystemFailure.From(e, $"cannot restore '{full}' from the trash"));
        }
    }

    private static void TryRemoveEmptyBucket(string trash)
    {
        var bucket = Path.GetDirectoryName(trash);
        if (bucket is not null && Directory.Exists(bucket) && !Directory.EnumerateFileSystemEntries(bucket).Any())
        {
            Directory.Delete(bucket);
        }
    }
}
