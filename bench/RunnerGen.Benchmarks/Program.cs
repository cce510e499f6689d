using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/RunnerGen.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(RunnerGen.Benchmarks.RenderOnePreset).Assembly).Run(args);
