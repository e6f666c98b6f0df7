using Dreamer.Benchmarks;

return args.FirstOrDefault() switch
{
    "world-model" => WorldModelBenchmark.Run(BenchmarkArguments.Parse(args[1..])),
    "behavior" => BehaviorBenchmark.Run(BenchmarkArguments.Parse(args[1..])),
    "update" => FullUpdateBenchmark.Run(BenchmarkArguments.Parse(args[1..])),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine($"usage: Dreamer.Benchmarks world-model|behavior|update {BenchmarkArguments.Usage}");
    return 2;
}
