using Remedy.Compiler.Stdlib;
using Remedy.Compiler.Tests.Support;
using Remedy.Compiler.Workspace;

namespace Remedy.Compiler.Tests.Stdlib;

public sealed class StandardLibraryTests
{
    [Fact]
    public void The_embedded_library_holds_every_stdlib_file()
    {
        var embedded = StandardLibrary.Documents().Select(d => d.Path).ToHashSet();
        var onDisk = Directory.GetFiles(TestPaths.Combine("stdlib"), "*.remedy").Select(f => "stdlib/" + Path.GetFileName(f));
        Assert.All(onDisk, f => Assert.Contains(f, embedded));
    }

    [Fact]
    public void Every_stdlib_module_is_available_by_its_name()
    {
        var compilation = Compilation.Create([]);
        foreach (var name in new[] { "std.k8s", "std.process", "std.http", "std.files", "std.prometheus", "std.postgres", "std.notify" })
            Assert.True(compilation.Modules.ContainsKey(name), $"module {name} missing");
    }

    [Fact]
    public void The_library_can_be_left_out()
    {
        var compilation = Compilation.Create([new SourceDocument("main.remedy", "import std.k8s\n")], new CompilationOptions(IncludeStandardLibrary: false));
        Assert.Empty(compilation.StandardLibraryTrees);
        Assert.Contains(compilation.GetDiagnostics(), d => d.Code == "RMD0101");
    }

    [Fact]
    public void Checking_the_stdlib_folder_uses_those_files_instead_of_the_embedded_copies()
    {
        var files = Directory.GetFiles(TestPaths.Combine("stdlib"), "*.remedy")
            .Select(f => new SourceDocument("stdlib/" + Path.GetFileName(f), File.ReadAllText(f))).ToList();
        var compilation = Compilation.Create(files);
        Assert.DoesNotContain(compilation.GetDiagnostics(), d => d.Code == "RMD0102");
    }
}
