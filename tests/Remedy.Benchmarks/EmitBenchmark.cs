using System.Diagnostics;
using Remedy.Compiler;
using Remedy.Compiler.Emit;
using Remedy.Compiler.Workspace;

namespace Remedy.Benchmarks;

/// <summary>
/// Compiling workspaces to assemblies: for the examples and a generated 200-playbook workspace, the time of the
/// front-end (parse, bind, types, safety), of lowering and C# emission, of Roslyn (compile, allowlist check,
/// emit), of a cached recompile of the unchanged workspace (hash of the .remedy files), and of a recompile of a
/// new compilation of the same text (front-end and emit again, Roslyn skipped by the hash of the generated C#).
/// Best of five, each with a fresh compiler.
/// Targets (issue 4): front-end + emit at most 20% of Roslyn's time; a cached recompile under 50 ms.
/// </summary>
internal static class EmitBenchmark
{
    private const int Rounds = 5;

    public static void Run(BenchmarkContext context)
    {
        var output = context.Output;
        var examples = Directory.GetFiles(Path.Combine(RepositoryRoot(), "examples"), "*.remedy").Order(StringComparer.Ordinal)
            .Select(f => new SourceDocument("examples/" + Path.GetFileName(f), File.ReadAllText(f))).ToList();
        var generated = CorpusGenerator.Files(200 * CorpusGenerator.LinesPerPlaybook, 25)
            .Select((text, i) => new SourceDocument($"bench{i}.remedy", text)).ToList();

        // Warm up the JIT for both the compiler and Roslyn, as a long-running tool or language server would be.
        new PlaybookCompiler().Compile(generated);

        output.WriteLine($"{"workspace",-22} {"playbooks",9} {"front-end ms",13} {"emit ms",8} {"Roslyn ms",10} {"(fe+emit)/Roslyn",17} {"cached ms",10} {"C#-cached ms",13}");
        Measure(output, "examples", examples);
        Measure(output, "generated 200", generated);
    }

    private static void Measure(TextWriter output, string name, List<SourceDocument> documents)
    {
        double frontEnd = double.MaxValue, emit = double.MaxValue, roslyn = double.MaxValue, cached = double.MaxValue, csharpCached = double.MaxValue;
        var playbooks = 0;
        for (var round = 0; round < Rounds; round++)
        {
            GC.Collect();
            var compiler = new PlaybookCompiler();
            var watch = Stopwatch.StartNew();
            var compilation = Compilation.Create(documents);
            var parse = watch.Elapsed;
            var result = compiler.Compile(compilation);
            if (!result.Succeeded)
                throw new InvalidOperationException($"{name} does not compile:\n{string.Join("\n", result.Diagnostics.Where(d => d.IsError))}");
            playbooks = result.Sources.Length;
            frontEnd = Math.Min(frontEnd, (parse + result.Timings.FrontEnd).TotalMilliseconds);
            emit = Math.Min(emit, result.Timings.Emit.TotalMilliseconds);
            roslyn = Math.Min(roslyn, result.Timings.Roslyn.TotalMilliseconds);

            // The same workspace again, through the documents overload, after a first compile that fills its cache.
            compiler.Compile(documents);
            watch.Restart();
            var again = compiler.Compile(documents);
            cached = Math.Min(cached, watch.Elapsed.TotalMilliseconds);
            if (!again.FromCache) throw new InvalidOperationException("the second compile was not served from the cache");

            // A new compilation of the same text (what an editor holds after a save): front-end and emit run
            // again, and Roslyn is skipped because the generated C# hashes to a cached assembly.
            watch.Restart();
            var rechecked = compiler.Compile(Compilation.Create(documents));
            csharpCached = Math.Min(csharpCached, watch.Elapsed.TotalMilliseconds);
            if (!rechecked.FromCache) throw new InvalidOperationException("the generated C# was not served from the cache");
        }

        var share = (frontEnd + emit) / roslyn;
        output.WriteLine($"{name,-22} {playbooks,9} {frontEnd,13:F1} {emit,8:F1} {roslyn,10:F1} {share,17:P0} {cached,10:F2} {csharpCached,13:F1}");
    }

    private static string RepositoryRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "Remedy.Lang.sln"))) return dir.FullName;
        }

        throw new InvalidOperationException("Remedy.Lang.sln not found; run the benchmark from the repository");
    }
}
