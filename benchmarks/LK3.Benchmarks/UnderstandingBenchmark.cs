using System.Diagnostics;
using System.Globalization;
using LK3.Intake.Information;

namespace LK3.Benchmarks;

/// <summary>
/// How long understanding one typed message takes, and what it allocates: every message of the labelled sets kept with the
/// tests (as families write them), read against the information topics a fresh office has, on one thread. Families type far
/// more than the pipeline benchmark's walk does, so this is the part of a typed message's turn that grows with the language.
/// </summary>
internal static class UnderstandingBenchmark
{
    /// <summary>The labelled sets kept with the tests, as <c>EvaluationSet.Kept</c> names them.</summary>
    private static readonly string[] KeptSets = ["understanding-dev.tsv", "understanding-extra-1.tsv", "understanding-extra-2.tsv"];

    /// <summary><c>understanding [--rounds N] [--set PATH]…</c>.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        var rounds = 7;
        List<string> sets = [];
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--rounds": rounds = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--set": sets.Add(args[++i]); break;
                default: return await UsageAsync();
            }
        }
        if (rounds < 1) return await UsageAsync();
        if (sets.Count == 0)
        {
            var kept = Path.Combine(PipelineBenchmark.RepositoryRoot(), "tests", "LK3.Intake.Tests", "Understanding");
            sets.AddRange(KeptSets.Select(name => Path.Combine(kept, name)));
        }
        // The sets' first column is the message as typed; the first line is the header.
        var messages = sets.SelectMany(path => File.ReadLines(path).Skip(1).Where(l => l.Length > 0).Select(l => l.Split('\t')[0])).ToList();
        if (messages.Count == 0) return await UsageAsync();
        var catalog = new InformationCatalog(InformationSeed.Topics(DateTimeOffset.UnixEpoch));

        // Warm: the word lists are built on first use, and the JIT goes on optimising the hot methods for a few seconds.
        var warming = Stopwatch.StartNew();
        while (warming.Elapsed < TimeSpan.FromSeconds(5)) ReadAll(catalog, messages);

        Console.WriteLine($"LK3 understanding benchmark: {messages.Count:N0} messages from {sets.Count} sets " +
            $"(mean {messages.Average(m => m.Length):0} characters), {rounds} rounds, .NET {Environment.Version}");
        List<(double Micros, long Bytes)> measured = [];
        for (var round = 0; round < rounds; round++)
        {
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var started = Stopwatch.GetTimestamp();
            ReadAll(catalog, messages);
            var elapsed = Stopwatch.GetElapsedTime(started);
            measured.Add((elapsed.TotalMicroseconds / messages.Count, (GC.GetAllocatedBytesForCurrentThread() - allocated) / messages.Count));
        }
        var times = measured.Select(m => m.Micros).Order().ToList();
        Console.WriteLine($"per message: median {times[times.Count / 2]:0.0} µs (fastest round {times[0]:0.0}, slowest {times[^1]:0.0}), " +
            $"{measured[0].Bytes / 1024.0:0.0} KB allocated");
        return 0;
    }

    private static void ReadAll(InformationCatalog catalog, List<string> messages)
    {
        foreach (var message in messages) catalog.Understand(message);
    }

    private static async Task<int> UsageAsync()
    {
        await Console.Error.WriteLineAsync("usage: LK3.Benchmarks understanding [--rounds N (at least 1)] [--set PATH (a labelled set, not empty)]...");
        return 2;
    }
}
