using System.Collections.Immutable;
using Remedy.Syntax.Parsing;

namespace Remedy.LanguageServer.Workspace;

/// <summary>
/// The files that are not open but whose declarations a document can use: the standard library
/// and the <c>.remedy</c> files of the workspace folders. Immutable; reloaded when folders change
/// or a file is saved.
/// </summary>
public sealed class ModuleLibrary
{
    /// <summary>The most workspace files indexed, so that opening a huge folder cannot stall the server.</summary>
    public const int MaxWorkspaceFiles = 2_000;

    private ModuleLibrary(ImmutableArray<ModuleSource> sources) => Sources = sources;

    /// <summary>A library with no files.</summary>
    public static ModuleLibrary Empty { get; } = new([]);

    /// <summary>Every file, standard library first.</summary>
    public ImmutableArray<ModuleSource> Sources { get; }

    /// <summary>Parses the standard library folder and the folders' files; unreadable files are skipped and reported.</summary>
    /// <param name="standardLibraryFolder">The folder of <c>std.*.remedy</c>, if found.</param>
    /// <param name="workspaceFolders">Local paths of the workspace folders.</param>
    /// <param name="log">Where problems are reported.</param>
    public static ModuleLibrary Load(string? standardLibraryFolder, IEnumerable<string> workspaceFolders, Action<string> log)
    {
        var sources = ImmutableArray.CreateBuilder<ModuleSource>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        if (standardLibraryFolder is not null)
            foreach (var file in SafeEnumerate(standardLibraryFolder, SearchOption.TopDirectoryOnly, log).Order(StringComparer.Ordinal))
                Add(file, true);
        foreach (var folder in workspaceFolders)
            foreach (var file in SafeEnumerate(folder, SearchOption.AllDirectories, log).Take(MaxWorkspaceFiles))
                Add(file, false);
        return new ModuleLibrary(sources.ToImmutable());

        void Add(string file, bool isStandardLibrary)
        {
            var full = Path.GetFullPath(file);
            if (!seen.Add(full)) return;
            try
            {
                sources.Add(new ModuleSource(DocumentUri.FromPath(full), SyntaxParser.Parse(File.ReadAllText(full), full), isStandardLibrary));
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                log($"skipped {full}: {exception.Message}");
            }
        }
    }

    private static bool IsUnder(string folder, string file, string name) =>
        Path.GetRelativePath(folder, file).Split(Path.DirectorySeparatorChar).SkipLast(1).Contains(name, StringComparer.Ordinal);

    private static IEnumerable<string> SafeEnumerate(string folder, SearchOption option, Action<string> log)
    {
        if (!Directory.Exists(folder)) return [];
        try
        {
            var options = new EnumerationOptions { RecurseSubdirectories = option == SearchOption.AllDirectories, IgnoreInaccessible = true };
            var files = Directory.EnumerateFiles(folder, "*.remedy", options);
            // Build output holds copies of the sources (the standard library beside the tool); indexing them would duplicate every symbol.
            if (options.RecurseSubdirectories)
                files = files.Where(f => !IsUnder(folder, f, "bin") && !IsUnder(folder, f, "obj"));
            return files.ToList();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            log($"could not list {folder}: {exception.Message}");
            return [];
        }
    }
}
