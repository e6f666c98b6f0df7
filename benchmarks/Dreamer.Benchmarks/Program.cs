using Dreamer.Benchmarks;

return args.FirstOrDefault() switch
{
    "world-model" => WorldModelBenchmark.Run(args.Skip(1).ToArray()),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Dreamer.Benchmarks world-model [--warmup N] [--updates N] [--batch B] [--length L] [--device cpu|cuda]");
    return 2;
}
