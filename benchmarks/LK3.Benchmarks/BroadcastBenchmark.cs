using System.Diagnostics;
using System.Globalization;
using Hangfire;
using LK3.Bot.Broadcasts;
using LK3.Intake;
using LK3.Intake.Broadcasts;
using LK3.Intake.Clients;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LK3.Benchmarks;

/// <summary>
/// Sends one broadcast to N Telegram subscribers through the real app (its BroadcastJob, database, adapter and
/// throttle) against a Bot API double on loopback, and reports the pace achieved, memory, and where the time went.
/// </summary>
internal static class BroadcastBenchmark
{
    private const long FirstChatId = 9_000_000_000;

    /// <summary><c>broadcast [--subscribers N] [--rate R] [--postgres] [--batch-size B] [--parallelism P]</c>.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        var subscribers = 100_000;
        var rate = 1000.0;
        var postgres = false;
        int? batchSize = null, parallelism = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--subscribers": subscribers = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--rate": rate = double.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--postgres": postgres = true; break;
                case "--batch-size": batchSize = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--parallelism": parallelism = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                default:
                    await Console.Error.WriteLineAsync(
                        "usage: LK3.Benchmarks [broadcast] [--subscribers N] [--rate R] [--postgres] [--batch-size B] [--parallelism P]");
                    return 2;
            }
        }

        // WebApplicationFactory finds the app's content root through MvcTestingAppManifest.json in the current directory.
        Directory.SetCurrentDirectory(AppContext.BaseDirectory);
        await using var database = postgres ? await BenchDatabase.PostgreSqlAsync() : BenchDatabase.Sqlite();
        await using var api = await TelegramDouble.StartAsync(FirstChatId, subscribers);
        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseEnvironment("Testing");
            web.UseSetting("Database:Provider", database.Provider);
            web.UseSetting("ConnectionStrings:Lk3", database.ConnectionString);
            web.UseSetting("Telegram:BotToken", TelegramDouble.Token);
            web.UseSetting("Telegram:ApiBaseUrl", api.BaseUrl);
            web.UseSetting("Telegram:Mode", "Webhook");
            web.UseSetting("Telegram:WebhookUrl", "https://lk3.example.org/webhooks/telegram");
            web.UseSetting("Telegram:WebhookSecret", "bench-secret_123");
            web.UseSetting("Bootstrap:AdminEmail", "admin@lk3.example.org");
            web.UseSetting("Bootstrap:AdminPassword", "Rahasia-Uji-2026");
            web.UseSetting("Broadcasts:MessagesPerSecond:telegram", rate.ToString(CultureInfo.InvariantCulture));
            if (batchSize is { } b) web.UseSetting("Broadcasts:BatchSize", b.ToString(CultureInfo.InvariantCulture));
            if (parallelism is { } p) web.UseSetting("Broadcasts:Parallelism", p.ToString(CultureInfo.InvariantCulture));
            web.ConfigureLogging(logging => logging.ClearProviders().AddSimpleConsole().SetMinimumLevel(LogLevel.Error).AddFilter("LK3", LogLevel.Warning));
        });
        var services = factory.Services; // starts the app: migrations, Hangfire, the webhook registration
        // The benchmark runs the job itself; Hangfire's minutely job would start a second sender in this process.
        services.GetRequiredService<IRecurringJobManager>().RemoveIfExists(DueBroadcastsJob.Id);
        var options = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<BroadcastOptions>>().Value;

        Console.WriteLine($"LK3 broadcast benchmark: {subscribers:N0} Telegram subscribers at {rate:0.##}/s on {database.Provider} " +
            $"(batch {options.BatchSize}, parallelism {options.Parallelism}), {Environment.ProcessorCount} cores, .NET {Environment.Version}");
        var seeding = Stopwatch.StartNew();
        await SeedAsync(services, subscribers);
        var broadcastId = await AddBroadcastAsync(services);
        Console.WriteLine($"seeded {subscribers:N0} clients and subscriptions in {seeding.Elapsed.TotalSeconds:0.0} s");

        GC.Collect();
        using var commands = new CommandTimings();
        await using var memory = MemorySampler.Start(() => api.Sent, subscribers);
        commands.Start();
        var started = Stopwatch.GetTimestamp();
        using (var progress = new Timer(
            _ => Console.Error.WriteLine($"  … {api.Sent:N0} sent after {Stopwatch.GetElapsedTime(started).TotalSeconds:0} s"), null, 10_000, 10_000))
        await using (var scope = services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<BroadcastJob>().RunAsync(broadcastId, CancellationToken.None);
        }
        var finished = Stopwatch.GetTimestamp();
        commands.Stop();
        await memory.StopAsync();

        Report(subscribers, rate, options.BatchSize, api, started, finished, memory, commands,
            await CountAsync(services, broadcastId));
        return 0;
    }

    private static void Report(int subscribers, double rate, int batchSize, TelegramDouble api, long started, long finished,
        MemorySampler memory, CommandTimings commands, (int Sent, int Other) rows)
    {
        var arrivals = api.Arrivals.ToArray();
        Array.Sort(arrivals);
        var total = Stopwatch.GetElapsedTime(started, finished);
        var writing = arrivals.Length > 0 ? Stopwatch.GetElapsedTime(started, arrivals[0]) : total;
        var sending = arrivals.Length > 1 ? Stopwatch.GetElapsedTime(arrivals[0], arrivals[^1]) : TimeSpan.Zero;
        var achieved = arrivals.Length > 1 ? (arrivals.Length - 1) / sending.TotalSeconds : 0;
        var overall = arrivals.Length / total.TotalSeconds;

        Console.WriteLine();
        Console.WriteLine($"messages sent (double)        {api.Sent:N0} to {subscribers - api.ChatsWithNone:N0} chats; "
            + $"duplicates: {api.ChatsWithMoreThanOne}; missing: {api.ChatsWithNone}");
        Console.WriteLine($"delivery rows                 {rows.Sent:N0} Sent, {rows.Other:N0} other");
        Console.WriteLine($"total time (job)              {total.TotalSeconds:0.0} s");
        Console.WriteLine($"  writing delivery rows       {writing.TotalSeconds:0.0} s (until the first sendMessage)");
        Console.WriteLine($"  sending                     {sending.TotalSeconds:0.0} s (first to last sendMessage)");
        Console.WriteLine($"achieved rate while sending   {achieved:0.0}/s = {achieved / rate:P1} of the limit {rate:0.##}/s");
        Console.WriteLine($"achieved rate overall         {overall:0.0}/s = {overall / rate:P1} of the limit");
        Console.WriteLine($"max in any one-second window  {MaxInOneSecond(arrivals)} (limit {rate:0.##})");
        Console.WriteLine($"peak working set              {memory.PeakWorkingSet / 1048576.0:0} MiB (process: app + double + SQLite cache)");
        Console.WriteLine($"peak GC heap                  {memory.PeakHeap / 1048576.0:0} MiB");
        Console.WriteLine("memory while sending          " + string.Join("; ", memory.AtProgress.Select(p =>
            $"{p.Progress:P0}: ws {p.WorkingSet / 1048576.0:0} MiB, heap {p.Heap / 1048576.0:0} MiB")));

        // Where the time goes: the pause between one batch's last send and the next batch's first (claim + save) …
        var gaps = new List<double>();
        for (var k = batchSize; k < arrivals.Length; k += batchSize) gaps.Add(Stopwatch.GetElapsedTime(arrivals[k - 1], arrivals[k]).TotalMilliseconds);
        var batchTimes = new List<double>();
        for (var k = 0; k + batchSize <= arrivals.Length; k += batchSize)
        {
            batchTimes.Add(Stopwatch.GetElapsedTime(arrivals[k], arrivals[k + batchSize - 1]).TotalMilliseconds);
        }
        if (gaps.Count > 0)
        {
            Console.WriteLine($"per batch of {batchSize}: sends span {batchTimes.Average():0.0} ms (paced: {(batchSize - 1) * 1000 / rate:0.0} ms), " +
                $"gap to the next batch avg {gaps.Average():0.0} ms, p50 {Percentile(gaps, 0.5):0.0}, p95 {Percentile(gaps, 0.95):0.0}, " +
                $"max {gaps.Max():0.0} (paced: {1000 / rate:0.0} ms); " +
                $"gaps sum to {gaps.Sum() / 1000:0.0} s of {sending.TotalSeconds:0.0} s");
            // … and the share of it by gap position: early batches vs late ones show whether a claim slows as rows accumulate.
            var quarter = Math.Max(1, gaps.Count / 4);
            var byQuarter = Enumerable.Range(0, 4)
                .Select(q => gaps.Skip(q * quarter).Take(quarter).DefaultIfEmpty().Average().ToString("0.0", CultureInfo.InvariantCulture) + " ms");
            Console.WriteLine("gap by quarter of the run      " + string.Join(", ", byQuarter));
        }
        Console.WriteLine("database time by command (during the job):");
        foreach (var (kind, count, time) in commands.Summary().Take(10))
        {
            Console.WriteLine($"  {time.TotalSeconds,7:0.00} s  {count,8:N0}×  {kind}");
        }
    }

    private static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, (int)(p * sorted.Count))];
    }

    /// <summary>The most calls in any window [t, t + 1 s), over sorted Stopwatch timestamps.</summary>
    private static int MaxInOneSecond(long[] sorted)
    {
        var max = 0;
        for (int start = 0, end = 0; start < sorted.Length; start++)
        {
            while (end < sorted.Length && sorted[end] - sorted[start] < Stopwatch.Frequency) end++;
            max = Math.Max(max, end - start);
        }
        return max;
    }

    private static async Task SeedAsync(IServiceProvider services, int count)
    {
        const int chunk = 5000;
        var now = DateTimeOffset.UtcNow;
        for (var from = 0; from < count; from += chunk)
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<IntakeDbContext>();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            var clients = Enumerable.Range(from, Math.Min(chunk, count - from)).Select(i => new Client
            {
                Channel = "telegram", ChatId = (FirstChatId + i).ToString(CultureInfo.InvariantCulture), FirstSeenAt = now,
            }).ToList();
            db.Clients.AddRange(clients);
            await db.SaveChangesAsync();
            db.Subscriptions.AddRange(clients.Select((c, i) => new Subscription
            {
                ClientId = c.Id, SubscribedAt = now, Topics = i % 3 == 0 ? [NewsTopic.GeneralNews, NewsTopic.ParentingClasses] : [NewsTopic.GeneralNews],
            }));
            await db.SaveChangesAsync();
        }
    }

    private static async Task<int> AddBroadcastAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IntakeDbContext>();
        var now = DateTimeOffset.UtcNow;
        var broadcast = new Broadcast
        {
            Text = "Kelas parenting hari Sabtu pukul 09.00 di kantor LK3 Bontang.", Topics = [NewsTopic.GeneralNews],
            SendAt = now, CreatedAt = now, CreatedBy = "benchmark",
        };
        db.Broadcasts.Add(broadcast);
        await db.SaveChangesAsync();
        return broadcast.Id;
    }

    private static async Task<(int Sent, int Other)> CountAsync(IServiceProvider services, int broadcastId)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IntakeDbContext>();
        var sent = await db.BroadcastDeliveries.CountAsync(d => d.BroadcastId == broadcastId && d.Status == BroadcastDeliveryStatus.Sent);
        var all = await db.BroadcastDeliveries.CountAsync(d => d.BroadcastId == broadcastId);
        return (sent, all - sent);
    }
}
