using LK3.Bot.Data;
using LK3.Intake.Conversations;
using LK3.Intake.Inbox;
using LK3.Intake.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace LK3.Tests.EndToEnd;

/// <summary>
/// A chat sending more than 15 messages in 10 seconds gets one notice, not a reply to each; everything it wrote is
/// handled and kept, the reply to its latest message goes once it pauses, and emergency numbers never wait.
/// </summary>
public abstract class FloodTests(DatabaseProvider provider) : BotPerTest(provider)
{
    private readonly FakeTimeProvider _time = new(DateTimeOffset.UtcNow);

    protected override TimeProvider Clock => _time;

    private static readonly string Notice = ConversationTexts.For("id").FloodNotice;

    [SkippableFact]
    public async Task A_flood_gets_one_notice_and_the_reply_to_its_latest_message_once_the_family_pauses()
    {
        Database.SkipIfUnavailable();
        var chatId = await ConsentedFamilyAsync();
        var before = Api.SentTo(chatId).Count;

        await FloodAsync(chatId, 30);

        // 15 messages are answered one by one, the 16th brings the notice; 14 more are handled without a word back yet.
        var sent = Api.SentTo(chatId).Skip(before).ToList();
        Assert.Single(sent, m => m.Text == Notice);
        Assert.Equal(Notice, sent[^1].Text);
        Assert.Equal(2 + 30, await App.QueryAsync(db => db.ReceivedUpdates.CountAsync(u => u.ChatId == chatId.ToString() && u.Status == UpdateStatus.Handled)));
        var waiting = await App.QueryAsync(db => db.OutgoingMessages.Where(m => m.ChatId == chatId.ToString() && m.Status == DeliveryStatus.Pending)
            .OrderBy(m => m.Id).Select(m => m.Text).ToListAsync());
        Assert.NotEmpty(waiting);
        // Every message here gets the same kind of answer: the 15 before the notice were answered in full, and of the
        // 15 after it only the latest turn's answer waits, the earlier ones superseded.
        Assert.Equal(15 * waiting.Count + 1, sent.Count);

        _time.Advance(TimeSpan.FromSeconds(5));
        await Poll.UntilAsync(async () => await Task.FromResult(Api.SentTo(chatId).Count >= before + sent.Count + waiting.Count ? (object)true : null),
            "the replies that waited for a pause");
        Assert.Equal(waiting, Api.SentTo(chatId).Skip(before + sent.Count).Select(m => m.Text));
        Assert.Single(Api.SentTo(chatId), m => m.Text == Notice);
    }

    [SkippableFact]
    public async Task Emergency_numbers_asked_for_in_a_flood_go_at_once_and_what_waited_is_superseded()
    {
        Database.SkipIfUnavailable();
        var chatId = await ConsentedFamilyAsync();
        await FloodAsync(chatId, 20);

        Assert.Equal(System.Net.HttpStatusCode.OK, (await App.PostUpdateAsync(TelegramUpdates.Text(chatId, "darurat"))).StatusCode);

        // The clock stands still: nothing that waits for a quiet moment can go, yet the numbers arrive.
        await Poll.UntilAsync(async () => await Task.FromResult(
                Api.SentTo(chatId).FirstOrDefault(m => m.Text.Contains("112", StringComparison.Ordinal) && m.Text != Notice)),
            "the emergency numbers");
        await Poll.UntilAsync(async () => await App.QueryAsync(db =>
                db.ReceivedUpdates.AnyAsync(u => u.ChatId == chatId.ToString() && u.Status == UpdateStatus.Pending)) ? null : (object)true,
            "every update of the chat to be handled");
        // The rest of the emergency turn may still be on its way; once it is, nothing that waited is left.
        await Poll.UntilTrueAsync(
            async () => !await App.QueryAsync(db => db.OutgoingMessages.AnyAsync(m => m.ChatId == chatId.ToString() && m.Status == DeliveryStatus.Pending)),
            TimeSpan.FromSeconds(10), "no reply left waiting after the emergency");
        Assert.Single(Api.SentTo(chatId), m => m.Text == Notice);
    }

    private async Task<long> ConsentedFamilyAsync()
    {
        var family = new FamilyChat(() => App, Api, FamilyChat.NewChatId());
        await family.SayAsync("/start");
        await family.PressAsync("consent:yes");
        // The flood that follows is counted on its own.
        _time.Advance(TimeSpan.FromMinutes(1));
        return family.ChatId;
    }

    /// <summary>Posts the messages one after another, as fast as the webhook takes them, and waits until all are handled.</summary>
    private async Task FloodAsync(long chatId, int count)
    {
        for (var i = 1; i <= count; i++)
        {
            Assert.Equal(System.Net.HttpStatusCode.OK, (await App.PostUpdateAsync(TelegramUpdates.Text(chatId, $"halo {i}"))).StatusCode);
        }
        await Poll.UntilAsync(async () => await App.QueryAsync(db =>
                db.ReceivedUpdates.AnyAsync(u => u.ChatId == chatId.ToString() && u.Status == UpdateStatus.Pending)) ? null : (object)true,
            "every update of the flood to be handled");
        // Deliveries due now follow the turns at once; wait until no reply that is due is left.
        await Poll.UntilAsync(async () => await App.QueryAsync(db => db.OutgoingMessages.AnyAsync(m =>
                m.ChatId == chatId.ToString() && m.Status == DeliveryStatus.Pending && m.NextAttemptAt <= _time.GetUtcNow())) ? null : (object)true,
            "every reply due now to be delivered");
    }
}

public sealed class FloodTestsOnSqlite() : FloodTests(DatabaseProvider.Sqlite);

public sealed class FloodTestsOnPostgreSql() : FloodTests(DatabaseProvider.PostgreSql);
