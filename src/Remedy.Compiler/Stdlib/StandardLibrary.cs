using System.Collections.Immutable;
using System.Reflection;
using Remedy.Compiler.Workspace;

namespace Remedy.Compiler.Stdlib;

/// <summary>
/// The standard library: the repository's <c>stdlib/*.remedy</c> files, embedded in this
/// assembly and compiled with every compilation (paths such as <c>stdlib/std.k8s.remedy</c>).
/// </summary>
public static class StandardLibrary
{
    private const string Prefix = "stdlib/";

    /// <summary>The standard library's source files, ordered by path. Read from the assembly on each call; nothing is cached in static state.</summary>
    public static ImmutableArray<SourceDocument> Documents()
    {
        var assembly = typeof(StandardLibrary).Assembly;
        return [.. assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".remedy", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => new SourceDocument(n, Read(assembly, n)))];
    }

    /// <summary>Whether a path names a standard library file.</summary>
    public static bool IsStandardLibraryPath(string path) => path.StartsWith(Prefix, StringComparison.Ordinal);

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"embedded resource {name} is missing");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
