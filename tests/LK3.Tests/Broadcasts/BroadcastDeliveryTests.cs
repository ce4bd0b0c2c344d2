using System.Diagnostics;
using System.Globalization;
using Hangfire;
using LK3.Bot.Broadcasts;
using LK3.Bot.Data;
using LK3.Intake;
using LK3.Intake.Broadcasts;
using LK3.Intake.Clients;
using LK3.Intake.Outbox;
using LK3.Tests.EndToEnd;
using LK3.Tests.Telegram;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;
using OptionsFactory = Microsoft.Extensions.Options.Options;

namespace LK3.Tests.Broadcasts;

/// <summary>
/// A broadcast sent by <see cref="BroadcastJob"/> run directly (not by Hangfire's server) against the real app and
/// the Telegram Bot API double: once per family, at the configured pace, across a restart, through 429 and 403,
/// and with a second run of the same broadcast under way.
/// </summary>
/// <remarks>
/// BotApp takes no extra settings, so the job gets its <see cref="BroadcastOptions"/> and a throttle on them from
/// the test; every other dependency (database, adapters, leases, clock) is the app's own.
/// </remarks>
public abstract class BroadcastDeliveryTests(DatabaseProvider provider, ITestOutputHelper output) : BotPerTest(provider)
{
    private const string Telegram = "telegram";
    private const string Text = "Kelas parenting hari Sabtu pukul 09.00 di kantor LK3 Bontang.";
    private const long FirstChatId = 8_100_000_000;

    private static readonly List<NewsTopic> Topics = [NewsTopic.GeneralNews, NewsTopic.ParentingClasses];

    [SkippableFact]
    public async Task Two_thousand_subscribers_each_get_the_broadcast_once_and_stopped_unreachable_or_other_topic_families_get_nothing()
    {
        Database.SkipIfUnavailable();
        PauseRecurringBroadcasts();
        var reached = Enumerable.Range(0, 2000).Select(i => new Family(FirstChatId + i,
            (i % 3) switch
            {
                0 => [NewsTopic.GeneralNews],
                1 => [NewsTopic.ParentingClasses],
                _ => [NewsTopic.GeneralNews, NewsTopic.ParentingClasses],
            })).ToList();
        var notReached = new List<Family>();
        notReached.AddRange(Enumerable.Range(2000, 30).Select(i => new Family(FirstChatId + i, [NewsTopic.GeneralNews], Stopped: true)));
        notReached.AddRange(Enumerable.Range(2030, 30)
            .Select(i => new Family(FirstChatId + i, [NewsTopic.ParentingClasses, NewsTopic.GeneralNews], Unreachable: true)));
        notReached.AddRange(Enumerable.Range(2060, 30).Select(i => new Family(FirstChatId + i, [NewsTopic.EconomicAssistance])));
        notReached.AddRange(Enumerable.Range(2090, 10).Select(i => new Family(FirstChatId + i, [])));
        await SeedAsync([.. reached.Where((_, i) => i % 2 == 0), .. notReached, .. reached.Where((_, i) => i % 2 == 1)]);
        var broadcastId = await AddBroadcastAsync();

        var watch = Stopwatch.StartNew();
        await RunJobAsync(broadcastId, Rate(2000));
        output.WriteLine($"2,000 sent in {watch.Elapsed.TotalSeconds:0.00} s");

        var perChat = Api.SentMessages.GroupBy(m => m.ChatId).ToDictionary(g => g.Key, g => g.ToList());
        Assert.Equal(reached.Select(f => f.ChatId).Order(), perChat.Keys.Order());
        Assert.All(perChat.Values, messages => Assert.Contains(Text, Assert.Single(messages).Text));

        var deliveries = await DeliveriesAsync(broadcastId);
        Assert.Equal(2000, deliveries.Count);
        Assert.All(deliveries, d => Assert.Equal((BroadcastDeliveryStatus.Sent, 1, (string?)null), (d.Status, d.Attempts, d.FailureReason)));
        var outgoing = await App.QueryAsync(db => db.OutgoingMessages.Where(m => m.Purpose == MessagePurpose.Broadcast)
            .Select(m => new { m.ChatId, m.Status, m.Text }).ToListAsync());
        Assert.Equal(reached.Select(f => Id(f.ChatId)).Order(), outgoing.Select(m => m.ChatId).Order());
        Assert.All(outgoing, m => Assert.Equal(DeliveryStatus.Sent, m.Status));

        var broadcast = await App.QueryAsync(db => db.Broadcasts.SingleAsync(b => b.Id == broadcastId));
        Assert.Equal(BroadcastStatus.Completed, broadcast.Status);
        Assert.NotNull(broadcast.FinishedAt);
    }

    [SkippableFact]
    public async Task No_second_holds_more_sendMessage_calls_than_the_configured_rate()
    {
        Database.SkipIfUnavailable();
        PauseRecurringBroadcasts();
        const int rate = 50, count = 250;
        await SeedAsync(Families(count));
        var broadcastId = await AddBroadcastAsync();

        await RunJobAsync(broadcastId, Rate(rate));

        var times = Api.CallsTo("sendMessage").Select(c => c.At).Order().ToList();
        Assert.Equal(count, times.Count);
        var busiest = MaxInOneSecond(times);
        var span = times[^1] - times[0];
        output.WriteLine($"{count} at {rate}/s: busiest second {busiest}, first to last {span.TotalSeconds:0.00} s ({(count - 1) / span.TotalSeconds:0.0}/s)");
        var gaps = times.Zip(times.Skip(1), (a, b) => (b - a).TotalMilliseconds).ToList();
        output.WriteLine($"gaps between calls: min {gaps.Min():0.0} ms, under 10 ms: {gaps.Count(g => g < 10)}, over 30 ms: {gaps.Count(g => g > 30)}");
        Assert.True(busiest <= rate, $"A one-second window held {busiest} sendMessage calls; the limit is {rate}.");
        // Paced, not merely capped: the calls are spread over the time the rate gives them.
        Assert.True(span >= TimeSpan.FromSeconds((count - rate) / (double)rate), $"{count} calls took only {span.TotalSeconds:0.00} s.");
    }

    [SkippableFact]
    public async Task A_broadcast_stopped_halfway_and_run_again_after_a_restart_reaches_every_family_once_and_never_resends_a_half_sent_row()
    {
        Database.SkipIfUnavailable();
        PauseRecurringBroadcasts();
        const int count = 1000;
        var families = Families(count);
        await SeedAsync(families);
        var broadcastId = await AddBroadcastAsync();
        var options = Rate(400);

        using (var stop = new CancellationTokenSource())
        {
            var run = RunJobAsync(broadcastId, options, stop.Token);
            await Poll.UntilTrueAsync(() => Task.FromResult(Api.CallsTo("sendMessage").Count >= 350 || run.IsCompleted), TimeSpan.FromSeconds(30),
                "350 messages sent");
            await stop.CancelAsync();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);
        }
        var beforeRestart = Api.SentMessages.Select(m => m.ChatId).ToHashSet();
        // A stop records what went and puts back what had not started.
        Assert.Equal(0, (await DeliveriesAsync(broadcastId)).Count(d => d.Status == BroadcastDeliveryStatus.Sending));
        // A crash would have left rows taken but not recorded, as here: they may have arrived, so they must not go again.
        const int leftSending = 5;
        await App.QueryAsync(db => db.BroadcastDeliveries
            .Where(d => d.BroadcastId == broadcastId && d.Status == BroadcastDeliveryStatus.Waiting).OrderBy(d => d.Id).Take(leftSending)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.Status, BroadcastDeliveryStatus.Sending).SetProperty(d => d.ClaimedBy, Guid.NewGuid())));
        await RestartAsync();
        PauseRecurringBroadcasts();
        var callsBeforeRerun = Api.CallsTo("sendMessage").Count;

        await RunJobAsync(broadcastId, options);

        var sent = Api.SentMessages;
        Assert.All(sent.GroupBy(m => m.ChatId), g => Assert.Single(g));
        var deliveries = await DeliveriesAsync(broadcastId);
        var delivered = deliveries.Where(d => d.Status == BroadcastDeliveryStatus.Sent)
            .Select(d => long.Parse(d.ChatId, CultureInfo.InvariantCulture)).ToHashSet();
        var interrupted = deliveries.Where(d => d.Status == BroadcastDeliveryStatus.Interrupted)
            .Select(d => long.Parse(d.ChatId, CultureInfo.InvariantCulture)).ToHashSet();
        Assert.Equal(count, delivered.Count + interrupted.Count);
        Assert.Equal(leftSending, interrupted.Count);
        // Every row recorded sent was received once; every message received was for a sent or an interrupted row.
        Assert.Subset(sent.Select(m => m.ChatId).ToHashSet(), delivered);
        Assert.Equal(delivered, sent.Select(m => m.ChatId).ToHashSet());
        // The interrupted rows were not tried again after the restart.
        var afterRestart = Api.CallsTo("sendMessage").Skip(callsBeforeRerun).Select(c => c.Body.GetProperty("chat_id").GetInt64()).ToHashSet();
        Assert.Empty(afterRestart.Intersect(interrupted));
        Assert.Empty(afterRestart.Intersect(beforeRestart));
        output.WriteLine($"sent before the stop: {beforeRestart.Count}; interrupted rows: {interrupted.Count}, " +
            $"of which never sent at all: {interrupted.Count(c => !beforeRestart.Contains(c))}; sent after the restart: {afterRestart.Count}");
        Assert.Equal(BroadcastStatus.Completed, (await App.QueryAsync(db => db.Broadcasts.SingleAsync(b => b.Id == broadcastId))).Status);
    }

    [SkippableFact]
    public async Task A_429_pauses_the_channel_for_retry_after_and_the_family_gets_it_once_later_and_a_403_stops_that_family_while_the_rest_go()
    {
        Database.SkipIfUnavailable();
        PauseRecurringBroadcasts();
        const int count = 200;
        var families = Families(count);
        await SeedAsync(families);
        var broadcastId = await AddBroadcastAsync();
        var limited = families[0].ChatId;
        var blocked = families[20].ChatId;
        Api.FailNextSend(limited, 429, "Too Many Requests: retry after 1", retryAfter: 1);
        Api.FailNextSend(blocked, 403, "Forbidden: bot was blocked by the user");

        // One send at a time, so that none is on its way when the 429 comes back: the pause alone keeps the channel silent then,
        // however slow the machine. (Sends under way at that moment may still arrive; when exactly depends on the machine.)
        var options = Rate(100);
        options.Parallelism = 1;
        await RunJobAsync(broadcastId, options);

        var calls = Api.CallsTo("sendMessage");
        var toLimited = calls.Where(c => ChatOf(c) == limited).ToList();
        Assert.Equal(2, toLimited.Count);
        var refusedAt = toLimited[0].At;
        Assert.True(toLimited[1].At - refusedAt >= TimeSpan.FromSeconds(0.95),
            $"Retried {(toLimited[1].At - refusedAt).TotalMilliseconds:0} ms after the 429.");
        var inPause = calls.Where(c => c.At > refusedAt && c.At < refusedAt + TimeSpan.FromMilliseconds(950))
            .Select(c => $"+{(c.At - refusedAt).TotalMilliseconds:0} ms").ToList();
        Assert.True(inPause.Count == 0, $"{inPause.Count} sendMessage call(s) during the 1 s pause after the 429: {string.Join(", ", inPause)}");

        var perChat = Api.SentMessages.GroupBy(m => m.ChatId).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(families.Select(f => f.ChatId).Where(c => c != blocked).Order(), perChat.Keys.Order());
        Assert.All(perChat.Values, n => Assert.Equal(1, n));

        var deliveries = (await DeliveriesAsync(broadcastId)).ToDictionary(d => long.Parse(d.ChatId, CultureInfo.InvariantCulture));
        Assert.Equal((BroadcastDeliveryStatus.Sent, 2), (deliveries[limited].Status, deliveries[limited].Attempts));
        Assert.Equal(BroadcastDeliveryStatus.Failed, deliveries[blocked].Status);
        Assert.Contains("403", deliveries[blocked].FailureReason);
        Assert.Contains("blocked by the user", deliveries[blocked].FailureReason);
        Assert.Equal(count - 1, deliveries.Values.Count(d => d.Status == BroadcastDeliveryStatus.Sent));

        var client = await App.QueryAsync(db => db.Clients.SingleAsync(c => c.ChatId == Id(blocked)));
        Assert.NotNull(client.UnreachableSince);
        Assert.NotNull((await App.QueryAsync(db => db.Subscriptions.SingleAsync(s => s.ClientId == client.Id))).StoppedAt);
        Assert.Null((await App.QueryAsync(db => db.Clients.SingleAsync(c => c.ChatId == Id(limited)))).UnreachableSince);
    }

    [SkippableFact]
    public async Task A_second_run_of_the_same_broadcast_in_the_same_process_as_Hangfire_starts_each_minute_sends_nothing_and_leaves_the_first_alone()
    {
        Database.SkipIfUnavailable();
        PauseRecurringBroadcasts();
        const int count = 600;
        await SeedAsync(Families(count));
        var broadcastId = await AddBroadcastAsync();
        var options = Rate(300);
        var throttle = NewThrottle(options); // one per app, as the singleton is

        var first = RunJobAsync(broadcastId, options, throttle: throttle);
        await Poll.UntilTrueAsync(() => Task.FromResult(Api.CallsTo("sendMessage").Count >= 50), TimeSpan.FromSeconds(30), "the first run's first 50 messages");
        var watch = Stopwatch.StartNew();
        await RunJobAsync(broadcastId, options, throttle: throttle);
        var secondTook = watch.Elapsed;
        var waitingWhenSecondReturned = (await DeliveriesAsync(broadcastId)).Count(d => d.Status == BroadcastDeliveryStatus.Waiting);
        await first;

        Assert.All(Api.SentMessages.GroupBy(m => m.ChatId), g => Assert.Single(g));
        Assert.Equal(count, Api.SentMessages.Count);
        var deliveries = await DeliveriesAsync(broadcastId);
        output.WriteLine($"second run returned after {secondTook.TotalMilliseconds:0} ms with {waitingWhenSecondReturned} rows still waiting; " +
            $"rows sent but marked interrupted: {deliveries.Count(d => d.Status == BroadcastDeliveryStatus.Interrupted)}");
        // The lease sends the second run away at once, rather than letting it send too (and mark the first run's rows interrupted).
        Assert.True(waitingWhenSecondReturned > 0,
            $"The second run sent until nothing was left ({secondTook.TotalSeconds:0.0} s): the lease did not keep it out.");
        Assert.All(deliveries, d => Assert.Equal((BroadcastDeliveryStatus.Sent, (string?)null), (d.Status, d.FailureReason)));
    }

    [SkippableFact]
    public async Task A_second_instance_running_the_same_broadcast_is_kept_out_by_the_lease()
    {
        Database.SkipIfUnavailable();
        PauseRecurringBroadcasts();
        const int count = 400;
        await SeedAsync(Families(count));
        var broadcastId = await AddBroadcastAsync();
        // Four seconds of sending: the second instance's first job (its model, its first queries) has time to be refused while the first sends.
        var options = Rate(100);

        // The second instance is up before the first starts sending, so that the first is still sending when the second tries.
        await using (var other = BotApp.Start(Api, Database))
        {
            other.Services.GetRequiredService<IRecurringJobManager>().RemoveIfExists(DueBroadcastsJob.Id);
            var throttle = NewThrottle(options, other);
            var first = RunJobAsync(broadcastId, options);
            // A first run that ended early is awaited at once, so that its failure is what the test reports; a slow start on a
            // busy machine (CI failed once here at 30 s, with the second instance just started) is given a minute.
            await Poll.UntilTrueAsync(() => Task.FromResult(Api.CallsTo("sendMessage").Count >= 50 || first.IsCompleted), TimeSpan.FromSeconds(60),
                "the first run's first 50 messages");
            if (first.IsCompleted) await first;
            Assert.True(Api.CallsTo("sendMessage").Count >= 50, "The first run ended before sending 50 messages.");
            await RunJobAsync(other, broadcastId, options, throttle, CancellationToken.None);
            Assert.Contains(await DeliveriesAsync(broadcastId), d => d.Status == BroadcastDeliveryStatus.Waiting);
            await first;
        }

        Assert.All(Api.SentMessages.GroupBy(m => m.ChatId), g => Assert.Single(g));
        Assert.Equal(count, Api.SentMessages.Count);
        Assert.All(await DeliveriesAsync(broadcastId), d => Assert.Equal((BroadcastDeliveryStatus.Sent, (string?)null), (d.Status, d.FailureReason)));
    }

    [SkippableFact]
    public async Task A_broadcast_stopped_while_its_delivery_rows_were_being_written_reaches_every_family_when_resumed()
    {
        Database.SkipIfUnavailable();
        PauseRecurringBroadcasts();
        const int count = 300;
        var families = Families(count);
        await SeedAsync(families);
        var broadcastId = await AddBroadcastAsync();
        // What a stop between the first page of rows and the next leaves behind: the broadcast Sending, some rows written.
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<IntakeDbContext>();
            var broadcast = await db.Broadcasts.SingleAsync(b => b.Id == broadcastId);
            broadcast.Status = BroadcastStatus.Sending;
            broadcast.StartedAt = DateTimeOffset.UtcNow;
            var firstPage = await db.Clients.OrderBy(c => c.Id).Take(100).ToListAsync();
            db.BroadcastDeliveries.AddRange(firstPage.Select(c => new BroadcastDelivery
            {
                BroadcastId = broadcastId, ClientId = c.Id, Channel = c.Channel, ChatId = c.ChatId, NextAttemptAt = DateTimeOffset.UtcNow,
            }));
            await db.SaveChangesAsync();
        }

        await RunJobAsync(broadcastId, Rate(1000));

        Assert.Equal(families.Select(f => f.ChatId).Order(), Api.SentMessages.Select(m => m.ChatId).Order());
    }

    private sealed record Family(long ChatId, List<NewsTopic> Topics, bool Stopped = false, bool Unreachable = false);

    private static List<Family> Families(int count) =>
        [.. Enumerable.Range(0, count).Select(i => new Family(FirstChatId + i, i % 4 == 0 ? [.. Topics] : [Topics[i % 2]]))];

    private static string Id(long chatId) => chatId.ToString(CultureInfo.InvariantCulture);

    private static long ChatOf(BotApiCall call) => call.Body.GetProperty("chat_id").GetInt64();

    private static BroadcastOptions Rate(double telegramPerSecond) => new() { MessagesPerSecond = { [Telegram] = telegramPerSecond } };

    /// <summary>The most calls in any one-second window [t, t + 1 s).</summary>
    internal static int MaxInOneSecond(IReadOnlyList<DateTimeOffset> sorted)
    {
        var max = 0;
        for (int start = 0, end = 0; start < sorted.Count; start++)
        {
            while (end < sorted.Count && sorted[end] - sorted[start] < TimeSpan.FromSeconds(1)) end++;
            max = Math.Max(max, end - start);
        }
        return max;
    }

    /// <summary>Hangfire's minutely job would start the test's broadcast by itself; the tests run the job themselves.</summary>
    private void PauseRecurringBroadcasts() => App.Services.GetRequiredService<IRecurringJobManager>().RemoveIfExists(DueBroadcastsJob.Id);

    private BroadcastThrottle NewThrottle(BroadcastOptions options, BotApp? app = null) =>
        new(OptionsFactory.Create(options), (app ?? App).Services.GetRequiredService<TimeProvider>());

    private async Task RunJobAsync(int broadcastId, BroadcastOptions options, CancellationToken cancellationToken = default, BroadcastThrottle? throttle = null)
    {
        await RunJobAsync(App, broadcastId, options, throttle ?? NewThrottle(options), cancellationToken);
    }

    private static async Task RunJobAsync(
        BotApp app, int broadcastId, BroadcastOptions options, BroadcastThrottle throttle, CancellationToken cancellationToken)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var job = ActivatorUtilities.CreateInstance<BroadcastJob>(scope.ServiceProvider, OptionsFactory.Create(options), throttle);
        await job.RunAsync(broadcastId, cancellationToken);
    }

    private async Task SeedAsync(IReadOnlyList<Family> families)
    {
        var now = DateTimeOffset.UtcNow;
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IntakeDbContext>();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var clients = families.Select(f => new Client
        {
            Channel = Telegram, ChatId = Id(f.ChatId), FirstSeenAt = now, UnreachableSince = f.Unreachable ? now : null,
        }).ToList();
        db.Clients.AddRange(clients);
        await db.SaveChangesAsync();
        db.Subscriptions.AddRange(families.Select((f, i) => new Subscription
        {
            ClientId = clients[i].Id, Topics = [.. f.Topics], SubscribedAt = now.AddDays(-1), StoppedAt = f.Stopped ? now : null,
        }));
        await db.SaveChangesAsync();
    }

    private async Task<int> AddBroadcastAsync()
    {
        var now = DateTimeOffset.UtcNow;
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IntakeDbContext>();
        var broadcast = new Broadcast
        {
            Text = Text, Topics = [.. Topics], SendAt = now.AddMinutes(-1), CreatedBy = "supervisor@lk3.example.org", CreatedAt = now.AddMinutes(-5),
        };
        db.Broadcasts.Add(broadcast);
        await db.SaveChangesAsync();
        return broadcast.Id;
    }

    private Task<List<BroadcastDelivery>> DeliveriesAsync(int broadcastId) =>
        App.QueryAsync(db => db.BroadcastDeliveries.AsNoTracking().Where(d => d.BroadcastId == broadcastId).ToListAsync());
}

public sealed class BroadcastDeliveryTestsOnSqlite(ITestOutputHelper output) : BroadcastDeliveryTests(DatabaseProvider.Sqlite, output);

public sealed class BroadcastDeliveryTestsOnPostgreSql(ITestOutputHelper output) : BroadcastDeliveryTests(DatabaseProvider.PostgreSql, output);
