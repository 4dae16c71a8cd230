namespace Remedy.Runtime.Tests.Support;

/// <summary>
/// Finds the real servers the provider tests start. A test may skip when one is absent only on a developer's
/// machine; under CI=true (where .ci/setup.sh installs them) a missing binary fails the test instead.
/// </summary>
public static class ServerBinaries
{
    public static bool UnderCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The folder holding initdb, pg_ctl and postgres (Debian keeps them per major version).</summary>
    public static string? PostgresBin()
    {
        const string root = "/usr/lib/postgresql";
        if (Directory.Exists(root))
        {
            var newest = Directory.GetDirectories(root)
                .Select(d => (Dir: Path.Combine(d, "bin"), Version: int.TryParse(Path.GetFileName(d), out var v) ? v : 0))
                .Where(d => File.Exists(Path.Combine(d.Dir, "initdb")) && File.Exists(Path.Combine(d.Dir, "pg_ctl")))
                .OrderByDescending(d => d.Version)
                .FirstOrDefault();
            if (newest.Dir is not null)
            {
                return newest.Dir;
            }
        }

        return OnPath("initdb") is { } initdb && OnPath("pg_ctl") is not null ? Path.GetDirectoryName(initdb) : null;
    }

    public static string? Prometheus() => OnPath("prometheus");

    /// <summary>Why a test needing <paramref name="what"/> is skipped, or null when it must run.</summary>
    public static string? SkipReason(bool present, string what) =>
        present || UnderCi ? null : $"{what} is not installed on this machine (bash .ci/setup.sh installs it; under CI=true this test runs)";

    private static string? OnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);
}
