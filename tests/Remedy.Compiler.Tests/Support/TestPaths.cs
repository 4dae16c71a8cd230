using System.Reflection;

namespace Remedy.Compiler.Tests.Support;

/// <summary>Where the repository is: recorded at build time, so tests work with any artifacts path.</summary>
public static class TestPaths
{
    public static string RepositoryRoot { get; } =
        typeof(TestPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().First(a => a.Key == "RemedyRepositoryRoot").Value!;

    public static string Combine(params string[] parts) => Path.Combine([RepositoryRoot, .. parts]);
}
