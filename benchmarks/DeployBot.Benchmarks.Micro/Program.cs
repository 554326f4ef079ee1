using BenchmarkDotNet.Running;

// Pick benchmarks with BenchmarkDotNet's own flags, e.g. `-- --filter '*' --job short`.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
