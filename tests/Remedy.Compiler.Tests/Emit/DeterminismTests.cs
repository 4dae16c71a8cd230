using Remedy.Compiler.Emit;
using Remedy.Compiler.Roslyn;
using Remedy.Compiler.Tests.Support;
using Remedy.Compiler.Workspace;

namespace Remedy.Compiler.Tests.Emit;

/// <summary>The same sources give byte-identical assemblies, and a second compile of them is served from the cache.</summary>
public sealed class DeterminismTests
{
    internal static Compilation ExamplesWorkspace() =>
        Compilation.Create(Directory.GetFiles(TestPaths.Combine("examples"), "*.remedy").Order(StringComparer.Ordinal)
            .Select(f => new SourceDocument("examples/" + Path.GetFileName(f), File.ReadAllText(f))));

    [Fact]
    public void Compiling_twice_gives_identical_bytes()
    {
        // Two compilers, two caches, two front-end runs: nothing is shared but the sources.
        var first = new PlaybookCompiler().Compile(ExamplesWorkspace());
        var second = new PlaybookCompiler().Compile(ExamplesWorkspace());

        Assert.True(first.Succeeded, string.Join("\n", first.Diagnostics));
        Assert.False(first.FromCache);
        Assert.False(second.FromCache);
        Assert.Equal(first.Sources.Select(s => s.Text), second.Sources.Select(s => s.Text));
        Assert.True(first.Image.AsSpan().SequenceEqual(second.Image.AsSpan()), "the two images differ");
    }

    [Fact]
    public void An_unchanged_workspace_is_served_from_the_cache_and_a_change_recompiles()
    {
        var compiler = new PlaybookCompiler();
        var first = compiler.Compile(ExamplesWorkspace());
        var again = compiler.Compile(ExamplesWorkspace());

        Assert.True(again.FromCache);
        Assert.True(first.Image.AsSpan().SequenceEqual(again.Image.AsSpan()));

        var changed = Compilation.Create([new SourceDocument("one.remedy", "module m\n\n/// Says hi.\nplaybook hi {\n    trigger alert \"Hi\"\n    autonomy observe_only\n    step s { notify \"ops\" \"hi\" }\n}\n")]);
        var other = compiler.Compile(changed);
        Assert.False(other.FromCache);
        Assert.True(other.Succeeded, string.Join("\n", other.Diagnostics));
    }

    [Fact]
    public void A_cache_directory_serves_a_new_process_and_rejects_a_tampered_image()
    {
        var dir = Directory.CreateTempSubdirectory("remedy-cache-");
        try
        {
            var first = new PlaybookCompiler(new AssemblyCache(dir.FullName)).Compile(ExamplesWorkspace());
            var fresh = new PlaybookCompiler(new AssemblyCache(dir.FullName)).Compile(ExamplesWorkspace());
            Assert.True(fresh.FromCache);
            Assert.True(first.Image.AsSpan().SequenceEqual(fresh.Image.AsSpan()));

            // Replace the cached image with an assembly that uses the file system (this test assembly): not trusted.
            var file = Assert.Single(Directory.GetFiles(dir.FullName, "*.dll"));
            File.WriteAllBytes(file, File.ReadAllBytes(typeof(DeterminismTests).Assembly.Location));
            var afterTamper = new PlaybookCompiler(new AssemblyCache(dir.FullName)).Compile(ExamplesWorkspace());
            Assert.False(afterTamper.FromCache);
            Assert.True(first.Image.AsSpan().SequenceEqual(afterTamper.Image.AsSpan()));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
