using System.Diagnostics;
using Remedy.Syntax.Parsing;

namespace Remedy.Benchmarks;

/// <summary>
/// Parser throughput on one core: lines per second for 10k, 100k and 1M lines (files of
/// ~1,000 lines, and one single 100k-line file), and the slowest parse of mutated 10 KB inputs.
/// Target (issue 2): at least 200,000 lines/s and linear growth.
/// </summary>
internal static class ParseBenchmark
{
    public static void Run(BenchmarkContext context)
    {
        var output = context.Output;
        // Warm up the JIT and ANTLR's DFA caches, as a long-running tool or server would be.
        // Tiered compilation needs many calls before the hot paths reach their optimised code.
        for (var round = 0; round < 3; round++)
            foreach (var file in CorpusGenerator.Files(100_000, 25)) SyntaxParser.Parse(file);

        output.WriteLine($"{"corpus",-28} {"lines",10} {"files",6} {"seconds",9} {"lines/s",12} {"alloc MB",9}");
        foreach (var lines in new[] { 10_000, 100_000, 1_000_000 })
            Measure(output, $"{lines:N0} lines, 1k-line files", CorpusGenerator.Files(lines, 25));
        Measure(output, "100,000 lines in one file", CorpusGenerator.Files(100_000, int.MaxValue));
        FuzzTiming(output);
    }

    private static void Measure(TextWriter output, string name, List<string> files)
    {
        var lines = files.Sum(f => f.Count(c => c == '\n'));
        var best = double.MaxValue;
        long allocated = 0;
        for (var round = 0; round < 5; round++)
        {
            GC.Collect();
            var before = GC.GetAllocatedBytesForCurrentThread();
            var watch = Stopwatch.StartNew();
            var errors = 0;
            foreach (var file in files) errors += SyntaxParser.Parse(file).Diagnostics.Length;
            watch.Stop();
            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            if (errors != 0) throw new InvalidOperationException($"generated corpus has {errors} diagnostics");
            best = Math.Min(best, watch.Elapsed.TotalSeconds);
        }
        output.WriteLine($"{name,-28} {lines,10:N0} {files.Count,6} {best,9:F3} {lines / best,12:N0} {allocated / 1e6,9:F0}");
    }

    private static void FuzzTiming(TextWriter output)
    {
        var random = new Random(42);
        var seed = CorpusGenerator.Files(370, int.MaxValue)[0];
        var worst = TimeSpan.Zero;
        const int inputs = 1_000;
        for (var i = 0; i < inputs; i++)
        {
            var chars = seed.ToCharArray().ToList();
            for (var e = 0; e < 8; e++)
            {
                var at = random.Next(chars.Count);
                switch (random.Next(3))
                {
                    case 0: chars.RemoveRange(at, Math.Min(random.Next(1, 30), chars.Count - at)); break;
                    case 1: chars.InsertRange(at, "{([\"".Substring(random.Next(4), 1)); break;
                    default: chars[at] = (char)random.Next(32, 127); break;
                }
            }
            var text = new string(chars.ToArray());
            var watch = Stopwatch.StartNew();
            SyntaxParser.Parse(text);
            if (watch.Elapsed > worst) worst = watch.Elapsed;
        }
        output.WriteLine($"slowest of {inputs:N0} mutated ~{seed.Length / 1024} KB inputs: {worst.TotalMilliseconds:F1} ms (limit 1,000 ms)");
    }
}
