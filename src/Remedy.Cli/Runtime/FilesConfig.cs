using System.Text.Json.Serialization;

namespace Remedy.Cli.Runtime;

/// <summary>The <c>files</c> section.</summary>
/// <param name="AllowedRoots">Folders the file providers may act under.</param>
/// <param name="Trash">Where <c>move_to_trash</c> keeps files so they can be restored.</param>
public sealed record FilesConfig(
    [property: JsonPropertyName("allowed_roots")] IReadOnlyList<string> AllowedRoots,
    [property: JsonPropertyName("trash")] string Trash);
