using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/IntegrationHubs.Benchmarks -- [BenchmarkDotNet arguments, e.g. --filter *Dashboard*]
BenchmarkSwitcher.FromAssembly(typeof(IntegrationHubs.Benchmarks.DashboardBenchmarks).Assembly).Run(args);
