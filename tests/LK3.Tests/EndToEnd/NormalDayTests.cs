using System.Net;
using System.Text;
using LK3.Bot.Broadcasts;
using LK3.Bot.Data;
using LK3.Bot.FollowUps;
using LK3.Intake.Broadcasts;
using LK3.Intake.Cases;
using LK3.Intake.Counsellors;
using LK3.Intake.FollowUps;
using LK3.Tests.Broadcasts;
using LK3.Tests.Privacy;
using LK3.Tests.Telegram;
using LK3.Tests.WhatsApp;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace LK3.Tests.EndToEnd;

/// <summary>
/// A whole normal day, on SQLite (one instance) and on PostgreSQL (two instances sharing the webhook traffic): intakes on
/// Telegram, WhatsApp and the web chat, every third update delivered twice, a counsellor taking a case, a reminder falling
/// due, a broadcast. What is expected on such a day (a redelivery, instances racing for a chat or for the year's first
/// case number) is no error: no log line at Warning or above but the one the day provokes on purpose (a forged webhook).
/// </summary>
public abstract class NormalDayTests(DatabaseProvider provider, ITestOutputHelper output) : IAsyncLifetime
{
    private const int Families = 6;

    private readonly TestDatabase _database = TestDatabase.Create(provider);
    private readonly CapturedLogs _logs = new();
    private BotApiDouble _api = null!;
    private GraphApiDouble _graph = null!;
    private List<BotApp> _instances = [];

    public async Task InitializeAsync()
    {
        if (_database.UnavailableReason is not null) return;
        _api = await BotApiDouble.StartAsync();
        _graph = await GraphApiDouble.StartAsync();
        // Yesterday's run made the database; the day starts with the instances starting on it, as after a deployment.
        await using (var yesterday = BotApp.Start(_api, _database, whatsApp: _graph))
        {
            _ = yesterday.Client;
        }
        var count = provider == DatabaseProvider.Sqlite ? 1 : 2;
        _instances = [.. Enumerable.Range(0, count).Select(_ => BotApp.Start(_api, _database, whatsApp: _graph, logs: _logs))];
    }

    public async Task DisposeAsync()
    {
        foreach (var instance in _instances) await instance.DisposeAsync();
        if (_database.UnavailableReason is null)
        {
            await _api.DisposeAsync();
            await _graph.DisposeAsync();
        }
        await _database.DisposeAsync();
    }

    [SkippableFact]
    public async Task A_normal_day_logs_no_warning_or_error_but_the_one_it_provokes_on_purpose()
    {
        _database.SkipIfUnavailable();
        var first = _instances[0];
        var traffic = new SharedTraffic(_instances);
        var counsellor = new CounsellorChat(() => traffic, _api, FamilyChat.NewChatId());
        await first.QueryAsync(async db =>
        {
            db.Counsellors.Add(new Counsellor
            {
                Name = "Rina Wulandari", DisplayName = "Bu Rina", Specialities = [ProblemCategory.FamilyConflict],
                Contact = new(ChannelNames.Telegram, counsellor.ChatId.ToString()),
            });
            return await db.SaveChangesAsync();
        });

        // Morning: families ask for help at the same time, on every channel.
        var telegram = Enumerable.Range(0, Families)
            .Select(_ => new FamilyChat(() => traffic, _api, FamilyChat.NewChatId(), TimeSpan.FromSeconds(60))).ToList();
        var whatsApp = new WhatsAppFamily(first, _graph, WhatsAppFamily.NewNumber(), TimeSpan.FromSeconds(60));
        var intakes = telegram.Select(family => family.SubmitIntakeAsync(ProblemCategory.FamilyConflict))
            .Append(whatsApp.SubmitIntakeAsync(ProblemCategory.FamilyConflict));
        var references = await Task.WhenAll(intakes);
        Assert.Equal(Families + 1, references.Distinct().Count());
        var web = await WebChatStartsAsync(_instances[^1]);
        Assert.Contains("Privasi Anda", web);

        // The counsellor takes the first case; a working day later it is still at first contact, and the reminder goes.
        await _api.WaitForMessagesAsync(counsellor.ChatId, Families + 1);
        using (var accepted = await traffic.PostUpdateAsync(TelegramUpdates.Callback(counsellor.ChatId, $"offer:accept:{references[0]}")))
        {
            Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        }
        await _api.WaitForMessagesAsync(counsellor.ChatId, Families + 2);
        await first.QueryAsync(db => db.FollowUps.Where(f => f.Kind == FollowUpKind.FirstContactReminder)
            .ExecuteUpdateAsync(s => s.SetProperty(f => f.DueAt, DateTimeOffset.UtcNow.AddSeconds(-1))));
        await using (var scope = _instances[^1].Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DueFollowUpsJob>().RunAsync(CancellationToken.None);
        }
        var reminder = await _api.WaitForMessagesAsync(counsellor.ChatId, Families + 3);
        Assert.Contains("masih di tahap kontak awal", reminder[^1].Text);

        // Afternoon: a broadcast to the families who subscribed, through the API, sent by Hangfire or (whichever is first) by the job run here.
        var subscribers = telegram.Take(4).Select(f => f.ChatId.ToString()).ToList();
        await first.QueryAsync(async db =>
        {
            var clients = await db.Clients.Where(c => c.Channel == "telegram" && subscribers.Contains(c.ChatId)).Select(c => c.Id).ToListAsync();
            db.Subscriptions.AddRange(clients.Select(id =>
                new Subscription { ClientId = id, Topics = [NewsTopic.ParentingClasses], SubscribedAt = DateTimeOffset.UtcNow }));
            return await db.SaveChangesAsync();
        });
        int broadcastId;
        using (var client = first.NewClient())
        {
            broadcastId = await AdminBroadcasts.CreateAsync(client);
        }
        await using (var scope = _instances[^1].Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<BroadcastJob>().RunAsync(broadcastId, CancellationToken.None);
        }
        await Poll.UntilTrueAsync(() => first.QueryAsync(db => db.Broadcasts.AnyAsync(b => b.Id == broadcastId && b.Status == BroadcastStatus.Completed)),
            TimeSpan.FromSeconds(60), "the broadcast to complete");
        Assert.All(subscribers, chat => Assert.Single(_api.SentTo(long.Parse(chat)), m => m.Text.Contains(AdminBroadcasts.Text, StringComparison.Ordinal)));

        // On purpose: a forged webhook, which is worth a warning.
        using (var forged = await first.PostUpdateAsync(TelegramUpdates.Text(FamilyChat.NewChatId(), "/start"), secret: "wrong"))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
        }

        var loud = _logs.Lines.Where(line => line.StartsWith("Warning ", StringComparison.Ordinal) || line.StartsWith("Error ", StringComparison.Ordinal)
            || line.StartsWith("Critical ", StringComparison.Ordinal)).ToList();
        var provoked = loud.Where(line => line.Contains("webhook call rejected: missing or wrong secret token", StringComparison.Ordinal)).ToList();
        output.WriteLine($"{_logs.Lines.Count} log lines, {loud.Count} at Warning or above, {traffic.Redelivered} updates delivered twice");
        foreach (var line in loud) output.WriteLine(line);
        Assert.True(traffic.Redelivered >= Families, $"Only {traffic.Redelivered} updates were delivered twice.");
        Assert.Single(provoked);
        Assert.True(loud.Count == 1, $"{loud.Count - 1} unexpected log line(s) at Warning or above:\n{string.Join("\n", loud.Except(provoked).Take(5))}");
    }

    private static async Task<string> WebChatStartsAsync(BotApp app)
    {
        using var browser = app.NewClient();
        using var posted = await browser.PostAsync(new Uri("/chat/messages", UriKind.Relative),
            new StringContent("{\"id\":\"m1\",\"text\":\"/start\"}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Accepted, posted.StatusCode);
        string? answers = null;
        await Poll.UntilTrueAsync(
            async () => (answers = await browser.GetStringAsync(new Uri("/chat/messages", UriKind.Relative))).Contains("Privasi", StringComparison.Ordinal),
            TimeSpan.FromSeconds(60), "the web chat's answer");
        return answers!;
    }

    /// <summary>
    /// The day's webhook traffic: each update to the instances in turn, every third one delivered twice (to each instance when there are two).
    /// </summary>
    private sealed class SharedTraffic(IReadOnlyList<BotApp> instances) : IWebhookTarget
    {
        private int _posts;
        private int _redelivered;

        public int Redelivered => _redelivered;

        public async Task<HttpResponseMessage> PostUpdateAsync(string json, string? secret = BotApp.WebhookSecret)
        {
            var n = Interlocked.Increment(ref _posts);
            var one = instances[n % instances.Count];
            var other = instances[(n + 1) % instances.Count];
            if (n % 3 != 0) return await one.PostUpdateAsync(json, secret);
            Interlocked.Increment(ref _redelivered);
            var both = await Task.WhenAll(one.PostUpdateAsync(json, secret), other.PostUpdateAsync(json, secret));
            Assert.Equal(HttpStatusCode.OK, both[1].StatusCode);
            both[1].Dispose();
            return both[0];
        }
    }
}

public sealed class NormalDayTestsOnSqlite(ITestOutputHelper output) : NormalDayTests(DatabaseProvider.Sqlite, output);

public sealed class NormalDayTestsOnPostgreSql(ITestOutputHelper output) : NormalDayTests(DatabaseProvider.PostgreSql, output);
