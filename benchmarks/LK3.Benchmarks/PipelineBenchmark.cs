using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace LK3.Benchmarks;

/// <summary>
/// Throughput and latency of the message pipeline (issue 9): LK3 Bot in Release as a process of its own, on SQLite and
/// on PostgreSQL, with Telegram in webhook mode against a Bot API double on loopback; simulated families walk the whole
/// help intake through real webhook posts. The same load then goes to a bare echo bot, the baseline.
/// </summary>
internal static class PipelineBenchmark
{
    private const string WebhookSecret = "bench-secret_123";
    private static long _nextChatId = 1_000_000_000;

    public static async Task<int> RunAsync(string[] args)
    {
        if (PipelineOptions.Parse(args) is not { } options) return args.Contains("--help") || args.Contains("-h") ? 0 : 2;
        var bot = options.BotAssembly ?? BotAssembly();
        if (!File.Exists(bot)) throw new FileNotFoundException("LK3.Bot.dll not found: build the solution in Release, or name it with --bot.", bot);
        foreach (var directory in new[] { options.AppLogDirectory, options.TraceDirectory }.OfType<string>()) Directory.CreateDirectory(directory);

        var router = new ReplyRouter();
        await using var api = await TelegramDouble.StartAsync(0, 0, router.Deliver);
        Console.WriteLine($"LK3 pipeline benchmark: {options.Families:N0} families at once, " +
            $"then {options.Rate:0.##} updates/s for {options.OpenLoopDuration.TotalSeconds:0} s; " +
            $"{Environment.ProcessorCount} cores ({CpuModel()}), .NET {Environment.Version}, {RuntimeInformation.OSDescription}");
        Console.WriteLine($"bot: {bot}{Configuration(bot)}");

        var results = new List<PipelineResult>();
        if (options.Sqlite) results.Add(await RunLk3Async(options, bot, api, router, postgres: false));
        if (options.Postgres) results.Add(await RunLk3Async(options, bot, api, router, postgres: true));
        if (options.Echo)
        {
            var echo = await RunEchoAsync(options, api, router);
            results.Add(echo);
            foreach (var result in results) result.RatioToEcho = echo.UpdatesPerSecond == 0 ? null : result.UpdatesPerSecond / echo.UpdatesPerSecond;
        }

        ResultTable.Print(results, options.Rate);
        var json = options.JsonPath ?? Path.Combine(RepositoryRoot(), "benchmarks", "results", $"pipeline-{DateTime.Now:yyyyMMdd-HHmmss}.json");
        await ResultTable.WriteJsonAsync(json, new
        {
            Benchmark = "pipeline",
            At = DateTimeOffset.Now,
            Machine = new
            {
                Cores = Environment.ProcessorCount, Cpu = CpuModel(), Os = RuntimeInformation.OSDescription, Dotnet = Environment.Version.ToString(),
            },
            Options = new
            {
                options.Families, ClosedLoopMinimumSeconds = options.ClosedLoopMinimum.TotalSeconds, options.Rate,
                OpenLoopSeconds = options.OpenLoopDuration.TotalSeconds, ThinkMs = options.Think.TotalMilliseconds,
                options.Warmup, WarmupSeconds = options.WarmupTime.TotalSeconds, options.Typed, options.AppSettings, Bot = bot,
            },
            Results = results,
        });
        Console.WriteLine($"written to {json}");
        return results.All(r => r.Problems.Values.All(v => v == 0)) ? 0 : 1;
    }

    private static async Task<PipelineResult> RunLk3Async(PipelineOptions options, string bot, TelegramDouble api, ReplyRouter router, bool postgres)
    {
        var run = postgres ? "LK3 on PostgreSQL" : "LK3 on SQLite";
        if (postgres && options.Instances > 1) run += $" × {options.Instances}";
        if (options.InstanceCpu is { } cpus) run += string.Create(CultureInfo.InvariantCulture, $", {cpus:0.##} CPU each");
        if (options.Typed) run += ", typed";
        await using var database = postgres ? await BenchDatabase.PostgreSqlAsync(options.PostgresServer) : BenchDatabase.Sqlite();
        using var certificate = BenchCertificate.Create();
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Database__Provider"] = database.Provider,
            ["ConnectionStrings__Lk3"] = postgres ? BotConnectionString(database.ConnectionString, options.Instances) : database.ConnectionString,
            ["Telegram__BotToken"] = TelegramDouble.Token,
            ["Telegram__ApiBaseUrl"] = api.BaseUrl,
            ["Telegram__Mode"] = "Webhook",
            ["Telegram__WebhookUrl"] = "https://lk3.example.org/webhooks/telegram",
            ["Telegram__WebhookSecret"] = WebhookSecret,
            ["Bootstrap__AdminEmail"] = "admin@lk3.example.org",
            ["Bootstrap__AdminPassword"] = "Rahasia-Uji-2026",
            ["DataProtection__CertificatePath"] = certificate.CertificatePath,
            ["DataProtection__CertificateKeyPath"] = certificate.KeyPath,
        };
        foreach (var (key, value) in options.AppSettings) environment[key] = value;
        Console.WriteLine();
        Console.WriteLine($"{run}: starting the bot ...");
        List<TargetProcess> targets = [];
        List<CpuCap> caps = [];
        try
        {
            for (var i = 0; i < (postgres ? options.Instances : 1); i++)
            {
                var log = LogPath(options, i == 0 ? run : $"{run} {i + 1}");
                var cap = options.InstanceCpu is { } share ? CpuCap.Create($"lk3-bench-{Environment.ProcessId}-{i + 1}", share) : null;
                if (cap is not null) caps.Add(cap);
                targets.Add(await TargetProcess.StartAsync([bot, "--urls", "http://127.0.0.1:{port}"], environment, log, cap));
            }
            return await MeasureAsync(run, targets, turnEndsAtButtons: true, options, router, database);
        }
        finally
        {
            foreach (var target in targets) await target.DisposeAsync();
            foreach (var cap in caps) cap.Dispose();
        }
    }

    private static async Task<PipelineResult> RunEchoAsync(PipelineOptions options, TelegramDouble api, ReplyRouter router)
    {
        var run = options.Typed ? "echo baseline, typed" : "echo baseline";
        Console.WriteLine();
        Console.WriteLine($"{run}: starting the echo bot ...");
        var self = Path.Combine(AppContext.BaseDirectory, "LK3.Benchmarks.dll");
        // The same garbage collector as LK3 Bot (workstation GC, see LK3.Bot.csproj).
        var environment = new Dictionary<string, string> { ["DOTNET_gcServer"] = "0" };
        await using var target = await TargetProcess.StartAsync(
            [self, "echo-server", "--port", "{port}", "--api", api.BaseUrl, "--token", TelegramDouble.Token, "--secret", WebhookSecret],
            environment, LogPath(options, run));
        return await MeasureAsync(run, [target], turnEndsAtButtons: false, options, router, database: null);
    }

    private static async Task<PipelineResult> MeasureAsync(
        string run, IReadOnlyList<TargetProcess> targets, bool turnEndsAtButtons, PipelineOptions options, ReplyRouter router, BenchDatabase? database)
    {
        foreach (var target in targets) Console.WriteLine($"  process {target.Id} on {target.Address}");
        using var poster = new WebhookPoster([.. targets.Select(t => t.Address)], WebhookSecret);
        // Tiered compilation goes on re-compiling the hot paths for a while under load: measure what runs after it.
        var warming = Stopwatch.StartNew();
        var (rounds, lastRate) = (0, 0.0);
        while (options.Warmup > 0 && (rounds == 0 || warming.Elapsed < options.WarmupTime))
        {
            var warmup = new LoadContext(poster, turnEndsAtButtons, typed: options.Typed, options.TurnTimeout);
            var (warmed, _, warmSpan) = await ClosedLoop.RunAsync(warmup, router, ChatIds, options.Warmup, TimeSpan.Zero);
            rounds++;
            lastRate = warmup.Updates / Math.Max(warmSpan.TotalSeconds, 0.001);
            if (warmed < options.Warmup)
            {
                var tail = targets[0].Tail;
                throw new InvalidOperationException($"Warming up, {options.Warmup - warmed} families could not walk the intake:{Environment.NewLine}{tail}");
            }
        }
        if (rounds > 0)
        {
            Console.WriteLine($"  warm-up: {rounds} × {options.Warmup} families in {warming.Elapsed.TotalSeconds:0} s, the last at {lastRate:N0} updates/s");
        }
        var casesBefore = database is null ? 0 : await database.CountAsync("""SELECT COUNT(*) FROM "Cases" """);

        // Throughput: all families at once, closed loop.
        Console.WriteLine($"  throughput phase: {options.Families:N0} families at once ...");
        foreach (var target in targets) target.Sampler.ResetPeak();
        var generator = Process.GetCurrentProcess();
        var (cpuBefore, generatorBefore) = (CpuTime(targets), generator.TotalProcessorTime);
        var closed = new LoadContext(poster, turnEndsAtButtons, typed: options.Typed, options.TurnTimeout);
        int completed, closedRounds;
        TimeSpan span;
        await using (options.TraceDirectory is { } traces ? EventPipeTrace.Start(targets[0].Id, Path.Combine(traces, FileName(run) + ".nettrace")) : null)
        {
            (completed, closedRounds, span) = await ClosedLoop.RunAsync(closed, router, ChatIds, options.Families, options.ClosedLoopMinimum);
        }
        generator.Refresh();
        var (cpuClosed, generatorClosed) = (CpuTime(targets), generator.TotalProcessorTime);
        var rate = span > TimeSpan.Zero ? closed.Updates / span.TotalSeconds : 0;
        Console.WriteLine($"  throughput: {completed:N0} of {options.Families * closedRounds:N0} families ({closedRounds} × {options.Families}) " +
            $"walked the intake, {closed.Updates:N0} updates in {span.TotalSeconds:0.0} s = {rate:N0}/s; " +
            $"reply p50 {closed.Replies.Milliseconds(50):0.0} ms, p99 {closed.Replies.Milliseconds(99):0.0} ms");

        // Latency: a fixed rate, open loop.
        var open = new LoadContext(poster, turnEndsAtButtons, typed: options.Typed, options.TurnTimeout);
        var (sent, sendSpan, families) = (0, TimeSpan.Zero, 0);
        if (options.Rate > 0)
        {
            (sent, sendSpan, families) = await OpenLoop.RunAsync(open, router, ChatIds(1_000_000), options.Rate, options.OpenLoopDuration, options.Think);
            Console.WriteLine($"  at {options.Rate:0.##}/s: {sent:N0} updates sent in {sendSpan.TotalSeconds:0.0} s by {families:N0} families, " +
                $"{open.Updates:N0} answered; " +
                $"reply p50 {open.Replies.Milliseconds(50):0.0} ms, p99 {open.Replies.Milliseconds(99):0.0} ms");
            router.Clear();
        }
        var cpuOpen = CpuTime(targets);

        long? casesInDatabase = null;
        var problems = new Dictionary<string, long>
        {
            ["turnsStalled"] = closed.Stalled + open.Stalled,
            ["updatesNotAcknowledged"] = closed.Unacknowledged + open.Unacknowledged,
            ["webhookRetries"] = poster.Refused,
            ["buttonsMissing"] = closed.Unexpected + open.Unexpected,
            ["strayReplies"] = closed.Stray + open.Stray,
            ["repliesToUnknownChats"] = router.ToUnknownChats,
        };
        if (database is not null)
        {
            casesInDatabase = await database.CountAsync("""SELECT COUNT(*) FROM "Cases" """) - casesBefore;
            // A reply is marked sent just after the double answered it: give the last ones a moment.
            var settled = Stopwatch.GetTimestamp() + 10 * Stopwatch.Frequency;
            const string notSent = """SELECT COUNT(*) FROM "OutgoingMessages" WHERE "Status" <> 'Sent' """;
            while (await database.CountAsync(notSent) > 0 && Stopwatch.GetTimestamp() < settled) await Task.Delay(100);
            problems["updatesNotHandled"] = await database.CountAsync("""SELECT COUNT(*) FROM "ReceivedUpdates" WHERE "Status" <> 'Handled' """);
            problems["repliesNotSent"] = await database.CountAsync(notSent);
        }

        return new PipelineResult
        {
            Run = run,
            Families = options.Families,
            Updates = closed.Updates,
            Rounds = closedRounds,
            FamiliesCompleted = completed,
            Seconds = span.TotalSeconds,
            UpdatesPerSecond = rate,
            ReplyLatency = closed.Replies.Summary(),
            AcknowledgeLatency = closed.Acknowledgements.Summary(),
            CpuMsPerUpdate = PerUpdate(cpuClosed - cpuBefore, closed.Updates),
            GeneratorCpuMsPerUpdate = PerUpdate(generatorClosed - generatorBefore, closed.Updates),
            OpenRate = options.Rate,
            OpenSent = sent,
            OpenAnswered = open.Updates,
            OpenSentPerSecond = sendSpan > TimeSpan.Zero ? sent / sendSpan.TotalSeconds : 0,
            OpenFamilies = families,
            OpenReplyLatency = open.Replies.Summary(),
            OpenAcknowledgeLatency = open.Acknowledgements.Summary(),
            OpenCpuMsPerUpdate = PerUpdate(cpuOpen - cpuClosed, open.Updates),
            CasesCreated = closed.CaseReferences + open.CaseReferences,
            CasesInDatabase = casesInDatabase,
            // Per process: each instance of a deployment has its own memory.
            PeakWorkingSetMiB = targets.Max(t => t.Sampler.PeakWorkingSet) / 1048576.0,
            PeakResidentSinceStartMiB = targets.Max(t => t.Sampler.PeakResidentSinceStart) / 1048576.0,
            Problems = problems,
        };
    }

    /// <summary>
    /// The instances' pools kept under the server's max_connections (100 by default), as an operator sizes them
    /// (docs/deploy.md): Npgsql's default of 100 is more than the server takes when hundreds of webhook calls arrive at
    /// once, and the instances together must leave room for the benchmark's own reads.
    /// </summary>
    private static string BotConnectionString(string connectionString, int instances) =>
        new Npgsql.NpgsqlConnectionStringBuilder(connectionString) { MaxPoolSize = Math.Min(50, 90 / instances) }.ConnectionString;

    /// <summary>All instances together: the CPU the deployment spends per update.</summary>
    private static TimeSpan CpuTime(IReadOnlyList<TargetProcess> targets) => targets.Aggregate(TimeSpan.Zero, (sum, t) => sum + t.CpuTime);

    private static double PerUpdate(TimeSpan cpu, int updates) => updates == 0 ? 0 : cpu.TotalMilliseconds / updates;

    /// <summary>A block of chat ids no other family of this run has.</summary>
    private static long ChatIds(int count) => Interlocked.Add(ref _nextChatId, count + 1000) - count - 1000;

    private static string? LogPath(PipelineOptions options, string run) =>
        options.AppLogDirectory is { } directory ? Path.Combine(directory, FileName(run) + ".log") : null;

    private static string FileName(string run) => run.Replace(' ', '-').ToLowerInvariant();

    /// <summary>The repository: this assembly is in benchmarks/LK3.Benchmarks/bin/CONFIGURATION/TFM/.</summary>
    internal static string RepositoryRoot()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory).Parent?.Parent?.Parent?.Parent?.Parent;
        return root is not null && File.Exists(Path.Combine(root.FullName, "LK3.sln")) ? root.FullName : Directory.GetCurrentDirectory();
    }

    /// <summary>The bot's own build output of this configuration (as the tests run it), else the copy beside this assembly.</summary>
    private static string BotAssembly()
    {
        var here = new DirectoryInfo(AppContext.BaseDirectory);
        var own = Path.Combine(RepositoryRoot(), "src", "LK3.Bot", "bin", here.Parent!.Name, here.Name, "LK3.Bot.dll");
        return File.Exists(own) ? own : Path.Combine(here.FullName, "LK3.Bot.dll");
    }

    private static string Configuration(string bot) =>
        bot.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
            ? " (Release)"
            : " (NOT a Release build: run with -c Release)";

    private static string CpuModel()
    {
        const string cpuInfo = "/proc/cpuinfo";
        var line = File.Exists(cpuInfo) ? File.ReadLines(cpuInfo).FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal)) : null;
        return line?.Split(':', 2)[1].Trim() ?? RuntimeInformation.ProcessArchitecture.ToString();
    }
}
