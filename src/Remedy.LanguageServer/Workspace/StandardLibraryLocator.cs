using System.Reflection;
using System.Security.Cryptography;

namespace Remedy.LanguageServer.Workspace;

/// <summary>
/// Finds a folder of real <c>std.*.remedy</c> files, so that go to definition opens a file the
/// editor can show: a configured folder, the copy beside the executable, the repository's
/// <c>stdlib/</c> above it, or else the copy embedded in this assembly written to a cache folder.
/// </summary>
public static class StandardLibraryLocator
{
    /// <summary>The environment variable that overrides the folder.</summary>
    public const string EnvironmentVariable = "REMEDY_STDLIB";

    private const string MarkerFile = "std.k8s.remedy";

    /// <summary>Returns the folder, or null when none can be found or written (the server then works without the standard library).</summary>
    /// <param name="configured">A folder from the client's initialization options, if any.</param>
    /// <param name="log">Where problems are reported.</param>
    public static string? Locate(string? configured, Action<string> log)
    {
        foreach (var candidate in Candidates(configured))
            if (candidate is not null && File.Exists(Path.Combine(candidate, MarkerFile)))
                return Path.GetFullPath(candidate);
        return ExtractEmbedded(log);
    }

    private static IEnumerable<string?> Candidates(string? configured)
    {
        yield return configured;
        yield return Environment.GetEnvironmentVariable(EnvironmentVariable);
        yield return Path.Combine(AppContext.BaseDirectory, "stdlib");
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            yield return Path.Combine(dir.FullName, "stdlib");
    }

    private static string? ExtractEmbedded(Action<string> log)
    {
        var assembly = typeof(StandardLibraryLocator).Assembly;
        var names = assembly.GetManifestResourceNames().Where(n => n.StartsWith("stdlib/", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        if (names.Count == 0) return null;
        var files = names.Select(n => (Name: n["stdlib/".Length..], Text: Read(assembly, n))).ToList();
        // The folder is named by a hash of the content, so two servers of different versions never share a stale copy.
        var hash = Convert.ToHexString(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(string.Concat(files.Select(f => f.Name + f.Text)))))[..16];
        var folder = Path.Combine(Path.GetTempPath(), "remedy-lsp", "stdlib-" + hash.ToLowerInvariant());
        try
        {
            Directory.CreateDirectory(folder);
            foreach (var (name, text) in files)
            {
                var path = Path.Combine(folder, name);
                if (!File.Exists(path) || File.ReadAllText(path) != text) File.WriteAllText(path, text);
            }
            return folder;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            log($"could not write the standard library to {folder}: {exception.Message}");
            return null;
        }
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
