namespace Remedy.Runtime.Providers.Files;

/// <summary>The file providers, built together from one configuration.</summary>
public static class FileProviders
{
    /// <summary>All file providers.</summary>
    /// <param name="options">Where they may act.</param>
    /// <param name="clock">The clock for file ages.</param>
    /// <returns>disk_usage, list, move_to_trash, restore, compress, decompress, rotate.</returns>
    public static IProvider[] All(FileProviderOptions options, TimeProvider clock) =>
    [
        new DiskUsageProvider(options),
        new ListFilesProvider(options, clock),
        new MoveToTrashProvider(options),
        new RestoreFromTrashProvider(options),
        new CompressProvider(options),
        new DecompressProvider(options),
        new RotateProvider(options),
    ];
}
