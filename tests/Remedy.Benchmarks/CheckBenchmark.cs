using System.Diagnostics;
using Remedy.Compiler;
using Remedy.Compiler.Workspace;

namespace Remedy.Benchmarks;

/// <summary>
/// The whole front end (parse, bind, types, safety) over generated workspaces of 100, 1,000 and
/// 10,000 playbooks. Target (issue 3): 1,000 playbooks (~40,000 lines here; the issue's
/// ~100,000 lines are shown by the 2,500-playbook row) under 1 s warm, and linear growth.
/// </summary>
internal static class CheckBenchmark
{
    public static void Run(BenchmarkContext context)
    {
        var output = context.Output;
        Check(CorpusGenerator.Files(200 * CorpusGenerator.LinesPerPlaybook, 25));
        output.WriteLine($"{"playbooks",10} {"lines",10} {"files",6} {"seconds",9} {"lines/s",12} {"diagnostics",12}");
        foreach (var playbooks in new[] { 100, 1_000, 2_500, 10_000 })
        {
            var files = CorpusGenerator.Files(playbooks * CorpusGenerator.LinesPerPlaybook, 25);
            var lines = files.Sum(f => f.Count(c => c == '\n'));
            var best = double.MaxValue;
            var diagnostics = 0;
            for (var round = 0; round < 3; round++)
            {
                GC.Collect();
                var watch = Stopwatch.StartNew();
                diagnostics = Check(files);
                best = Math.Min(best, watch.Elapsed.TotalSeconds);
            }
            output.WriteLine($"{playbooks,10:N0} {lines,10:N0} {files.Count,6} {best,9:F3} {lines / best,12:N0} {diagnostics,12}");
        }
    }

    private static int Check(List<string> files) =>
        Compilation.Create(files.Select((text, i) => new SourceDocument($"bench{i}.remedy", text))).GetDiagnostics().Length;
}
