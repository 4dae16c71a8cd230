using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Remedy.Runtime.Engine;

namespace Remedy.Compiler.Roslyn;

/// <summary>
/// The fixed set of assemblies generated code is compiled against: Remedy.Runtime and the few framework
/// reference assemblies its playbook API needs. Nothing else is referenced, so a name outside them (a
/// process, a socket, the console) does not even bind; the <see cref="ApiSurfaceCheck"/> rejects what does.
/// </summary>
public sealed class ReferenceSet
{
    /// <summary>The framework assemblies referenced, by file name.</summary>
    public static readonly ImmutableArray<string> FrameworkAssemblies =
        ["System.Runtime.dll", "System.Collections.dll", "System.Linq.dll", "System.Memory.dll"];

    private ReferenceSet(ImmutableArray<MetadataReference> references, string frameworkDirectory, bool fromReferencePack)
    {
        References = references;
        FrameworkDirectory = frameworkDirectory;
        FromReferencePack = fromReferencePack;
    }

    /// <summary>The metadata references, Remedy.Runtime first.</summary>
    public ImmutableArray<MetadataReference> References { get; }

    /// <summary>Where the framework assemblies were found.</summary>
    public string FrameworkDirectory { get; }

    /// <summary>
    /// Whether they are the SDK's reference assemblies (Microsoft.NETCore.App.Ref), which hold only the public
    /// API; otherwise the running framework's implementation assemblies are used.
    /// </summary>
    public bool FromReferencePack { get; }

    /// <summary>
    /// Finds the reference assemblies of the running framework version in the SDK's packs folder, falling back
    /// to the runtime's own (trusted platform) assemblies when no SDK is installed beside it.
    /// </summary>
    /// <param name="set">The reference set, when every assembly was found.</param>
    /// <param name="error">Why not, otherwise.</param>
    /// <returns>True when found.</returns>
    public static bool TryLoad(out ReferenceSet set, out string error)
    {
        set = null!;
        var runtimeDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location) ?? string.Empty;
        var (directory, fromPack) = FindReferencePack(runtimeDirectory) is { } pack ? (pack, true) : (runtimeDirectory, false);
        var missing = FrameworkAssemblies.Where(a => !File.Exists(Path.Combine(directory, a))).ToArray();
        if (missing.Length > 0)
        {
            error = $"the framework assemblies {string.Join(", ", missing)} were not found in {directory}";
            return false;
        }

        var runtimeAssembly = typeof(CompiledPlaybook).Assembly.Location;
        if (string.IsNullOrEmpty(runtimeAssembly) || !File.Exists(runtimeAssembly))
        {
            error = "Remedy.Runtime.dll was not found beside the compiler";
            return false;
        }

        var references = new List<MetadataReference> { MetadataReference.CreateFromFile(runtimeAssembly) };
        references.AddRange(FrameworkAssemblies.Select(a => MetadataReference.CreateFromFile(Path.Combine(directory, a))));
        set = new ReferenceSet([.. references], directory, fromPack);
        error = string.Empty;
        return true;
    }

    // The runtime lives in <dotnet>/shared/Microsoft.NETCore.App/<version>/; the reference pack of the same
    // major version in <dotnet>/packs/Microsoft.NETCore.App.Ref/<version>/ref/net<major>.0/.
    private static string? FindReferencePack(string runtimeDirectory)
    {
        var dotnetRoot = Directory.GetParent(runtimeDirectory)?.Parent?.Parent?.FullName;
        var packs = dotnetRoot is null ? null : Path.Combine(dotnetRoot, "packs", "Microsoft.NETCore.App.Ref");
        if (packs is null || !Directory.Exists(packs))
        {
            return null;
        }

        var major = Environment.Version.Major;
        var tfm = $"net{major}.0";
        return Directory.GetDirectories(packs)
            .Select(d => (Dir: d, Version: Version.TryParse(Path.GetFileName(d).Split('-')[0], out var v) ? v : null))
            .Where(x => x.Version?.Major == major)
            .OrderByDescending(x => x.Version)
            .Select(x => Path.Combine(x.Dir, "ref", tfm))
            .FirstOrDefault(Directory.Exists);
    }
}
