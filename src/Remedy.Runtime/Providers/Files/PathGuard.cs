namespace Remedy.Runtime.Providers.Files;

/// <summary>
/// Confines paths to the allowed roots: the path is normalised, must lie under a root, and no folder between
/// the root and the path may be a symbolic link (which could lead outside the root).
/// </summary>
internal static class PathGuard
{
    /// <summary>Resolves a path under a root; only read-only callers may name a root itself (never move or delete one).</summary>
    public static bool TryResolve(string path, IReadOnlyList<string> roots, out string full, out ProviderResult? refusal, bool allowRoot = false)
    {
        full = string.Empty;
        refusal = null;
        if (string.IsNullOrWhiteSpace(path))
        {
            refusal = ProviderResult.BadArgument("path", "a non-empty path");
            return false;
        }

        try
        {
            full = Path.GetFullPath(path);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            refusal = ProviderResult.Fail(FailureKind.BadArgument, $"'{path}' is not a valid path: {e.Message}");
            return false;
        }

        foreach (var root in roots)
        {
            var rootFull = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
            if (allowRoot && string.Equals(Path.TrimEndingDirectorySeparator(full), rootFull, StringComparison.Ordinal))
            {
                full = rootFull;
                return true;
            }

            if (!full.StartsWith(rootFull + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                continue;
            }

            var relative = Path.GetRelativePath(rootFull, Path.GetDirectoryName(full) ?? rootFull);
            var current = rootFull;
            foreach (var part in relative == "." ? [] : relative.Split(Path.DirectorySeparatorChar))
            {
                current = Path.Combine(current, part);
                if (new DirectoryInfo(current).LinkTarget is not null)
                {
                    refusal = ProviderResult.Fail(FailureKind.Denied, $"'{path}' goes through the symbolic link '{current}'; file providers do not follow links out of their roots");
                    return false;
                }
            }

            return true;
        }

        refusal = ProviderResult.Fail(FailureKind.Denied, $"'{path}' is outside the folders file providers may touch ({string.Join(", ", roots)})");
        return false;
    }
}
