using System.Globalization;
using System.Net;
using LK3.Bot.Broadcasts;
using LK3.Bot.Data;
using LK3.Intake.Broadcasts;
using LK3.Intake.Clients;
using LK3.Tests.EndToEnd;
using LK3.Tests.Telegram;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace LK3.Tests.Broadcasts;

/// <summary>
/// A broadcast whose process is killed (SIGKILL) in the middle of its sends at a slow rate, then resumed by a new instance on
/// the same database: at most the sends under way at the kill are lost (reported as "may have arrived"), no family gets it
/// twice, the families not reached before the kill get it after, and the report's figures are the Bot API double's.
/// </summary>
public abstract class BroadcastCrashTests(DatabaseProvider provider, ITestOutputHelper output) : IAsyncLifetime
{
    private const int Subscribers = 60;
    private const int Rate = 5;
    private const long FirstChatId = 8_300_000_000;

    private readonly TestDatabase _database = TestDatabase.Create(provider);
    private BotApiDouble _api = null!;

    public async Task InitializeAsync()
    {
        if (_database.UnavailableReason is null) _api = await BotApiDouble.StartAsync();
    }

    public async Task DisposeAsync()
    {
        if (_database.UnavailableReason is null) await _api.DisposeAsync();
        await _database.DisposeAsync();
    }

    [SkippableFact]
    public async Task A_kill_during_a_slow_broadcast_loses_at_most_the_sends_under_way_and_a_restart_sends_the_rest_once()
    {
        _database.SkipIfUnavailable();
        // Each send takes 400 ms to be answered: at the kill, a send or two have arrived without the bot knowing.
        _api.SendLatency = TimeSpan.FromMilliseconds(400);
        int broadcastId;
        var process = await BotProcess.StartAsync(_api, _database, new Dictionary<string, string>
        {
            ["Broadcasts__MessagesPerSecond__telegram"] = Rate.ToString(CultureInfo.InvariantCulture),
            ["Bootstrap__AdminEmail"] = BotApp.AdminEmail,
            ["Bootstrap__AdminPassword"] = BotApp.AdminPassword,
        });
        await using (process)
        {
            await SeedSubscribersAsync();
            using (var client = new HttpClient { BaseAddress = process.Address })
            {
                broadcastId = await AdminBroadcasts.CreateAsync(client);
            }
            // Hangfire in the process sends it; about four seconds in, the process is killed mid-send.
            await Poll.UntilTrueAsync(() => Task.FromResult(_api.CallsTo("sendMessage").Count >= 20), TimeSpan.FromSeconds(90), "20 sends before the kill");
        }
        var beforeKill = _api.SentMessages.Select(m => m.ChatId).ToHashSet();
        await using var db = _database.NewContext();
        var leftSending = await db.BroadcastDeliveries.CountAsync(d => d.BroadcastId == broadcastId && d.Status == BroadcastDeliveryStatus.Sending);
        output.WriteLine($"killed after {beforeKill.Count} sends; rows left sending: {leftSending}");
        Assert.True(leftSending <= Rate, $"{leftSending} rows were left sending; at {Rate}/s no more than {Rate} sends can be under way.");

        // A new instance on the same database. The dead process's lease on the broadcast would lapse within 30 s; here at once.
        await db.ChatLeases.Where(l => l.Channel == "broadcast").ExecuteUpdateAsync(s => s.SetProperty(l => l.ExpiresAt, DateTimeOffset.UtcNow.AddSeconds(-1)));
        _api.SendLatency = TimeSpan.Zero;
        await using var app = BotApp.Start(_api, _database);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<BroadcastJob>().RunAsync(broadcastId, CancellationToken.None);
        }
        // Hangfire may have resumed it first: then the run above left it alone, and it finishes there.
        await Poll.UntilTrueAsync(() => app.QueryAsync(q => q.Broadcasts.AnyAsync(b => b.Id == broadcastId && b.Status == BroadcastStatus.Completed)),
            TimeSpan.FromSeconds(60), "the broadcast to complete after the restart");

        var perChat = _api.SentMessages.GroupBy(m => m.ChatId).ToDictionary(g => g.Key, g => g.Count());
        var deliveries = await app.QueryAsync(q => q.BroadcastDeliveries.AsNoTracking().Where(d => d.BroadcastId == broadcastId).ToListAsync());
        var interrupted = deliveries.Where(d => d.Status == BroadcastDeliveryStatus.Interrupted)
            .Select(d => long.Parse(d.ChatId, CultureInfo.InvariantCulture)).ToHashSet();
        var sent = deliveries.Where(d => d.Status == BroadcastDeliveryStatus.Sent).Select(d => long.Parse(d.ChatId, CultureInfo.InvariantCulture)).ToHashSet();
        BroadcastProgress report;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            report = (await scope.ServiceProvider.GetRequiredService<BroadcastDesk>().ProgressAsync(broadcastId, CancellationToken.None))!;
        }
        output.WriteLine($"report: sent {report.Sent}, may have arrived (interrupted) {report.Interrupted}, failed {report.Failed}, " +
            $"waiting {report.Waiting}; " +
            $"the double got {perChat.Count} families, {perChat.Values.Sum()} messages");

        Assert.All(perChat, chat => Assert.True(chat.Value == 1, $"Family {chat.Key} got the broadcast {chat.Value} times."));
        Assert.Equal(leftSending, report.Interrupted);
        Assert.Equal((Subscribers, 0, 0), (report.Sent + report.Interrupted, report.Failed, report.Waiting));
        // Every family recorded as sent got it; every family that got it is recorded as sent, or was in the middle of its send at the kill.
        Assert.Subset(perChat.Keys.ToHashSet(), sent);
        Assert.Equal(report.Sent, perChat.Keys.Count(chat => !interrupted.Contains(chat)));
        // The families the killed process had not reached were reached after the restart.
        Assert.All(Enumerable.Range(0, Subscribers).Select(i => FirstChatId + i).Where(chat => !beforeKill.Contains(chat) && !interrupted.Contains(chat)),
            chat => Assert.True(perChat.ContainsKey(chat), $"Family {chat} never got the broadcast."));
        Assert.True(beforeKill.Count < Subscribers, "The process finished before it was killed: the test killed nothing.");
    }

    private async Task SeedSubscribersAsync()
    {
        await using var db = _database.NewContext();
        var now = DateTimeOffset.UtcNow;
        var clients = Enumerable.Range(0, Subscribers).Select(i => new Client
        {
            Channel = "telegram", ChatId = (FirstChatId + i).ToString(CultureInfo.InvariantCulture), FirstSeenAt = now,
        }).ToList();
        db.Clients.AddRange(clients);
        await db.SaveChangesAsync();
        db.Subscriptions.AddRange(clients.Select(c => new Subscription { ClientId = c.Id, Topics = [NewsTopic.ParentingClasses], SubscribedAt = now }));
        await db.SaveChangesAsync();
    }
}

public sealed class BroadcastCrashTestsOnSqlite(ITestOutputHelper output) : BroadcastCrashTests(DatabaseProvider.Sqlite, output);

public sealed class BroadcastCrashTestsOnPostgreSql(ITestOutputHelper output) : BroadcastCrashTests(DatabaseProvider.PostgreSql, output);
