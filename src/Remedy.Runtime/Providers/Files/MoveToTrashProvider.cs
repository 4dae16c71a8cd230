using Remedy.Runtime.Values;

namespace Remedy.Runtime.Providers.Files;

/// <summary>
/// <c>files.move_to_trash(path)</c>: moves a file or folder to the trash instead of deleting it; the rollback is
/// <c>files.restore(path, trash_path)</c>. The trash location is captured before the move, so a crash at any
/// point leaves enough in the journal to restore. Idempotent: if the path is already in its trash location the
/// call succeeds without doing anything.
/// </summary>
public sealed class MoveToTrashProvider : ICapturingProvider
{
    private readonly FileProviderOptions options;

    /// <summary>Creates the provider.</summary>
    /// <param name="options">The allowed roots and the trash folder.</param>
    public MoveToTrashProvider(FileProviderOptions options) => this.options = options;

    /// <inheritdoc />
    public string Id => "files.move_to_trash";

    /// <inheritdoc />
    public Task<ProviderResult> CaptureAsync(ProviderCall call, CancellationToken cancellationToken) =>
        Task.FromResult(Resolve(call, out var full, out var trash) is { } failure
            ? failure
            : ProviderResult.Ok(MapValue.Of(("path", full), ("trash_path", trash))));

    /// <inheritdoc />
    public Task<ProviderResult> ExecuteAsync(ProviderCall call, CancellationToken cancellationToken)
    {
        if (Resolve(call, out var full, out var trash) is { } failure)
        {
            return Task.FromResult(failure);
        }

        var result = MapValue.Of(("path", full), ("trash_path", trash));
        try
        {
            var sourceExists = File.Exists(full) || Directory.Exists(full);
            var trashExists = File.Exists(trash) || Directory.Exists(trash);
            if (!sourceExists)
            {
                return Task.FromResult(trashExists
                    ? ProviderResult.Ok(result)
                    : ProviderResult.Fail(FailureKind.NotFound, $"'{full}' does not exist"));
            }

            if (trashExists)
            {
                return Task.FromResult(ProviderResult.Fail(FailureKind.Conflict, $"both '{full}' and its trash copy '{trash}' exist; refusing to overwrite either"));
            }

            Directory.CreateDirectory(Path.GetDirectoryName(trash)!);
            if (Directory.Exists(full))
            {
                Directory.Move(full, trash);
            }
            else
            {
                File.Move(full, trash);
            }

            return Task.FromResult(ProviderResult.Ok(result));
        }
        catch (Exception e) when (FileSystemFailure.IsFileSystem(e))
        {
            return Task.FromResult(FileSystemFailure.From(e, $"cannot move '{full}' to the trash"));
        }
    }

    private ProviderResult? Resolve(ProviderCall call, out string full, out string trash)
    {
        full = trash = string.Empty;
        if (!call.Args.TryGetString("path", out var path))
        {
            return ProviderResult.BadArgument("path", "a string");
        }

        if (call.IdempotencyKey is not { Length: > 0 } key)
        {
            return ProviderResult.Fail(FailureKind.BadArgument, "files.move_to_trash needs an idempotency key to place the file in the trash");
        }

        if (!PathGuard.TryResolve(path, options.AllowedRoots, out full, out var refusal))
        {
            return refusal;
        }

        trash = TrashLocation.For(options.TrashDirectory, key, full);
        return null;
    }
}
