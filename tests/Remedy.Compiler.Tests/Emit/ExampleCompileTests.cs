using System.Runtime.CompilerServices;
using System.Runtime.Loader;
using Remedy.Compiler.Emit;
using Remedy.Compiler.Tests.Support;
using Remedy.Compiler.Workspace;

namespace Remedy.Compiler.Tests.Emit;

/// <summary>Every example compiles to an assembly that loads in a collectible context, runs nothing on load, and unloads.</summary>
public sealed class ExampleCompileTests
{
    public static TheoryData<string> Examples()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(TestPaths.Combine("examples"), "*.remedy").Order(StringComparer.Ordinal))
            data.Add(Path.GetFileName(file));
        return data;
    }

    internal static Compilation CompileExample(string name) =>
        Compilation.Create([new SourceDocument("examples/" + name, File.ReadAllText(TestPaths.Combine("examples", name)))]);

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_compiles_loads_in_a_collectible_context_and_unloads(string name)
    {
        var result = new PlaybookCompiler().Compile(CompileExample(name), "example_" + Path.GetFileNameWithoutExtension(name));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics) + "\n" + string.Join("\n", result.Sources.Select(s => s.Text)));
        var weak = LoadAndUnload(result.Image.ToArray(), out var playbooks);
        Assert.True(playbooks > 0);
        for (var i = 0; i < 20 && weak.IsAlive; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }

        Assert.False(weak.IsAlive, "the assembly's load context was not collected");
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference LoadAndUnload(byte[] image, out int playbooks)
    {
        var context = new AssemblyLoadContext("example", isCollectible: true);
        var assembly = context.LoadFromStream(new MemoryStream(image));
        playbooks = assembly.GetTypes().Count(t => t.IsSubclassOf(typeof(Runtime.Engine.CompiledPlaybook)));
        context.Unload();
        return new WeakReference(context);
    }
}
