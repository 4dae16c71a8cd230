namespace Remedy.Runtime.Providers.Files;

/// <summary>Turns file-system exceptions into typed failures.</summary>
internal static class FileSystemFailure
{
    public static ProviderResult From(Exception e, string what) => e switch
    {
        FileNotFoundException or DirectoryNotFoundException => ProviderResult.Fail(FailureKind.NotFound, $"{what}: {e.Message}"),
        UnauthorizedAccessException => ProviderResult.Fail(FailureKind.Denied, $"{what}: {e.Message}"),
        _ => ProviderResult.Fail(FailureKind.Error, $"{what}: {e.Message}"),
    };

    public static bool IsFileSystem(Exception e) => e is IOException or UnauthorizedAccessException;
}
