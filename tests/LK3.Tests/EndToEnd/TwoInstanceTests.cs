using System.Net;
using LK3.Bot.Data;
using LK3.Intake.Outbox;
using LK3.Tests.Telegram;
using Microsoft.EntityFrameworkCore;

namespace LK3.Tests.EndToEnd;

/// <summary>Two bot processes on one PostgreSQL database, both taking the same webhook traffic.</summary>
public sealed class TwoInstanceTests : IAsyncLifetime
{
    private readonly TestDatabase _database = TestDatabase.Create(DatabaseProvider.PostgreSql);
    private BotApiDouble _api = null!;
    private BotProcess _first = null!;
    private BotProcess _second = null!;

    public async Task InitializeAsync()
    {
        if (_database.UnavailableReason is not null) return;
        _api = await BotApiDouble.StartAsync();
        // Started together, as a deployment does: both migrate and seed the empty database at once. Their sweeps look for work
        // once, at the start: an update stored by the instance not holding its chat reaches the holder by its notice alone.
        var settings = new Dictionary<string, string> { ["Messaging__SweepInterval"] = "00:10:00" };
        var instances = await Task.WhenAll(BotProcess.StartAsync(_api, _database, settings), BotProcess.StartAsync(_api, _database, settings));
        (_first, _second) = (instances[0], instances[1]);
    }

    public async Task DisposeAsync()
    {
        if (_database.UnavailableReason is null)
        {
            await _first.DisposeAsync();
            await _second.DisposeAsync();
            await _api.DisposeAsync();
        }
        await _database.DisposeAsync();
    }

    [SkippableFact]
    public async Task Families_whose_updates_alternate_between_instances_and_arrive_at_both_get_one_answer_and_one_case_each()
    {
        _database.SkipIfUnavailable();
        var target = new AlternatingTarget(_first, _second);
        var families = Enumerable.Range(0, 20).Select(_ => new FamilyChat(() => target, _api, FamilyChat.NewChatId(), TimeSpan.FromSeconds(60))).ToList();

        var references = await Task.WhenAll(families.Select(async family =>
        {
            await family.WalkToSummaryAsync(description: $"Keluarga {family.ChatId} butuh bantuan.");
            return FamilyChat.ReferenceIn(await family.PressAsync("intake:send"));
        }));

        Assert.Equal(20, references.Distinct().Count());
        Assert.All(references, r => Assert.Matches(@"^LK3-\d{4}-00(0[1-9]|1[0-9]|20)$", r));
        await using var db = _database.NewContext();
        Assert.Equal(20, await db.Cases.CountAsync());
        Assert.Equal(await db.ReceivedUpdates.CountAsync(), target.DistinctUpdates);
        foreach (var family in families)
        {
            var chatId = family.ChatId.ToString();
            var delivered = await db.OutgoingMessages.CountAsync(m => m.ChatId == chatId && m.Status == DeliveryStatus.Sent);
            // Every reply written once and sent once, whichever instance handled the turn.
            Assert.Equal(delivered, _api.SentTo(family.ChatId).Count);
        }
        Assert.Equal(1, await db.Database.SqlQueryRaw<int>(
            "SELECT COUNT(*)::int AS \"Value\" FROM hangfire.set WHERE key = 'recurring-jobs' AND value = 'message-retention'").SingleAsync());
    }

    /// <summary>Posts each update to one instance and then the other in turn; every third update goes to both, as a redelivery would.</summary>
    private sealed class AlternatingTarget(BotProcess first, BotProcess second) : IWebhookTarget
    {
        private int _posts;
        private int _updates;

        public int DistinctUpdates => _updates;

        public async Task<HttpResponseMessage> PostUpdateAsync(string json, string? secret = BotApp.WebhookSecret)
        {
            var n = Interlocked.Increment(ref _posts);
            Interlocked.Increment(ref _updates);
            var (one, other) = n % 2 == 0 ? (first, second) : (second, first);
            if (n % 3 != 0) return await one.PostUpdateAsync(json, secret);
            var both = await Task.WhenAll(one.PostUpdateAsync(json, secret), other.PostUpdateAsync(json, secret));
            Assert.Equal(HttpStatusCode.OK, both[1].StatusCode);
            both[1].Dispose();
            return both[0];
        }
    }
}
