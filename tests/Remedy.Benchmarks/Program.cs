using Remedy.Benchmarks;

return BenchmarkApp.Run(args, Console.Out);
