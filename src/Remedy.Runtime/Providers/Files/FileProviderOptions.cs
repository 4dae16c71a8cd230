namespace Remedy.Runtime.Providers.Files;

/// <summary>Where file providers may act. Paths come from playbooks; these limits come from the operator.</summary>
public sealed record FileProviderOptions
{
    /// <summary>The folders file providers may read and change; anything outside is refused.</summary>
    public required IReadOnlyList<string> AllowedRoots { get; init; }

    /// <summary>Where <c>files.move_to_trash</c> puts things (same file system as the roots, so moves are atomic renames).</summary>
    public required string TrashDirectory { get; init; }

    /// <summary>The most entries <c>files.list</c> returns.</summary>
    public int MaxListEntries { get; init; } = 10_000;
}
