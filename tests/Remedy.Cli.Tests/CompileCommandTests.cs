using System.Reflection;
using System.Runtime.Loader;

namespace Remedy.Cli.Tests;

public sealed class CompileCommandTests
{
    private const string Playbook = "module ops\n\n/// Says hello.\nplaybook hello {\n    trigger alert \"Hello\"\n    autonomy observe_only\n    step greet { notify \"ops\" \"hello\" }\n}\n";

    [Fact]
    public void Compiles_a_workspace_into_one_assembly_and_the_csharp()
    {
        using var folder = new TempFolder();
        folder.Write("src/hello.remedy", Playbook);
        folder.Write("src/bye.remedy", Playbook.Replace("hello", "bye").Replace("module ops", "module ops.more"));
        var output = Path.Combine(folder.Path, "out");

        var (code, stdout, stderr) = CliRunner.Run("compile", Path.Combine(folder.Path, "src"), "-o", output, "--emit-cs", "--name", "Ops.Playbooks");

        Assert.Equal(0, code);
        Assert.Equal("", stderr);
        Assert.Contains("compiled 2 playbook(s) into", stdout);
        var dll = Path.Combine(output, "Ops.Playbooks.dll");
        Assert.True(File.Exists(dll));
        Assert.True(File.Exists(Path.Combine(output, "cs", "Remedy.Playbooks.Ops", "HelloPlaybook.cs")));
        Assert.True(File.Exists(Path.Combine(output, "cs", "Remedy.Playbooks.Ops.More", "ByePlaybook.cs")));
        var context = new AssemblyLoadContext("cli", isCollectible: true);
        try
        {
            var types = context.LoadFromAssemblyPath(dll).GetExportedTypes().Select(t => t.Name).Order().ToList();
            Assert.Equal(["ByePlaybook", "HelloPlaybook"], types);
        }
        finally
        {
            context.Unload();
        }
    }

    [Fact]
    public void Errors_are_rmd_diagnostics_at_remedy_positions_and_exit_one()
    {
        using var folder = new TempFolder();
        var file = folder.Write("bad.remedy", Playbook.Replace("step greet { notify \"ops\" \"hello\" }", "step greet { notify \"ops\" undefined_thing }"));
        var (code, stdout, _) = CliRunner.Run("compile", file, "-o", Path.Combine(folder.Path, "out"));

        Assert.Equal(1, code);
        Assert.Contains($"{file}(7,31): error RMD0100", stdout);
        Assert.DoesNotContain("CS", stdout.Replace("RMD", ""), StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(folder.Path, "out")));
    }

    [Fact]
    public void A_cache_folder_makes_the_second_compile_cached()
    {
        using var folder = new TempFolder();
        var file = folder.Write("hello.remedy", Playbook);
        var cache = Path.Combine(folder.Path, "cache");
        var first = CliRunner.Run("compile", file, "-o", Path.Combine(folder.Path, "a"), "--cache", cache);
        var second = CliRunner.Run("compile", file, "-o", Path.Combine(folder.Path, "b"), "--cache", cache);

        Assert.Equal(0, first.ExitCode);
        Assert.DoesNotContain("(cached)", first.Output);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("(cached)", second.Output);
        Assert.Equal(File.ReadAllBytes(Path.Combine(folder.Path, "a", "Remedy.Playbooks.dll")), File.ReadAllBytes(Path.Combine(folder.Path, "b", "Remedy.Playbooks.dll")));
    }

    [Fact]
    public void Missing_output_or_input_is_bad_usage()
    {
        using var folder = new TempFolder();
        var file = folder.Write("hello.remedy", Playbook);
        Assert.Equal(2, CliRunner.Run("compile", file).ExitCode);
        Assert.Equal(2, CliRunner.Run("compile", Path.Combine(folder.Path, "missing.remedy"), "-o", folder.Path).ExitCode);
        Assert.Equal(2, CliRunner.Run("compile", file, "-o", folder.Path, "--name", "bad name").ExitCode);
    }
}
