using System.Globalization;
using Remedy.Runtime.Values;

namespace Remedy.Runtime.Providers.Files;

/// <summary>
/// <c>files.rotate(path, keep = 5)</c>: log rotation. <c>path.(keep-1)</c> … <c>path.1</c> shift up by one,
/// <c>path</c> becomes <c>path.1</c>, an empty <c>path</c> is created, and <c>path.keep</c> (the oldest) is
/// deleted, which is why the standard library declares rotate irreversible.
/// </summary>
public sealed class RotateProvider : IProvider
{
    private readonly FileProviderOptions options;

    /// <summary>Creates the provider.</summary>
    /// <param name="options">The allowed roots.</param>
    public RotateProvider(FileProviderOptions options) => this.options = options;

    /// <inheritdoc />
    public string Id => "files.rotate";

    /// <inheritdoc />
    public Task<ProviderResult> ExecuteAsync(ProviderCall call, CancellationToken cancellationToken)
    {
        if (!call.Args.TryGetString("path", out var path))
        {
            return Task.FromResult(ProviderResult.BadArgument("path", "a string"));
        }

        var keep = call.Args.TryGetInt("keep", out var k) ? k : 5;
        if (keep is < 1 or > 1000)
        {
            return Task.FromResult(ProviderResult.BadArgument("keep", "an int between 1 and 1000"));
        }

        if (!PathGuard.TryResolve(path, options.AllowedRoots, out var full, out var refusal))
        {
            return Task.FromResult(refusal!);
        }

        if (!File.Exists(full))
        {
            return Task.FromResult(ProviderResult.Fail(FailureKind.NotFound, $"'{full}' does not exist"));
        }

        string Numbered(long n) => full + "." + n.ToString(CultureInfo.InvariantCulture);
        try
        {
            var dropped = File.Exists(Numbered(keep));
            File.Delete(Numbered(keep));
            for (var n = keep - 1; n >= 1; n--)
            {
                if (File.Exists(Numbered(n)))
                {
                    File.Move(Numbered(n), Numbered(n + 1));
                }
            }

            File.Move(full, Numbered(1));
            using (File.Create(full))
            {
            }

            return Task.FromResult(ProviderResult.Ok(MapValue.Of(("path", full), ("rotated_to", Numbered(1)), ("dropped_oldest", dropped))));
        }
        catch (Exception e) when (FileSystemFailure.IsFileSystem(e))
        {
            return Task.FromResult(FileSystemFailure.From(e, $"cannot rotate '{full}'"));
        }
    }
}
