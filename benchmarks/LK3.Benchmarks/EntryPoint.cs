namespace LK3.Benchmarks;

/// <summary>
/// The benchmarks, by command: <c>broadcast</c> (also what arguments without a command mean, as the broadcast benchmark
/// was first run), <c>pipeline</c> and <c>understanding</c>; <c>echo-server</c> is the pipeline benchmark's baseline, started by it in a process of its own.
/// </summary>
internal static class EntryPoint
{
    private static Task<int> Main(string[] args) => args switch
    {
        ["pipeline", .. var rest] => PipelineBenchmark.RunAsync(rest),
        ["broadcast", .. var rest] => BroadcastBenchmark.RunAsync(rest),
        ["understanding", .. var rest] => UnderstandingBenchmark.RunAsync(rest),
        ["echo-server", .. var rest] => EchoBaseline.RunAsync(rest),
        ["help" or "--help" or "-h", ..] => UsageAsync(),
        _ => BroadcastBenchmark.RunAsync(args),
    };

    private static async Task<int> UsageAsync()
    {
        await Console.Out.WriteLineAsync("""
            usage: LK3.Benchmarks broadcast [--subscribers N] [--rate R] [--postgres] [--batch-size B] [--parallelism P]
                   LK3.Benchmarks pipeline [--families N] [--rate R] [--postgres [CONNECTION STRING]] [--json PATH] ...
                   LK3.Benchmarks understanding [--rounds N] [--set PATH]...
                   (see benchmarks/README.md; `pipeline --help` lists every option)
            """);
        return 0;
    }
}
