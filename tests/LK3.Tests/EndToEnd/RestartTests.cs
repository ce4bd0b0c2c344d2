using LK3.Bot.Data;
using LK3.Intake.Inbox;
using LK3.Tests.Telegram;
using Microsoft.EntityFrameworkCore;

namespace LK3.Tests.EndToEnd;

/// <summary>The bot stopping and starting again on the same database.</summary>
public abstract class RestartTests(DatabaseProvider provider) : BotPerTest(provider)
{
    [SkippableFact]
    public async Task An_intake_interrupted_by_a_restart_continues_where_it_stopped()
    {
        Database.SkipIfUnavailable();
        var family = new FamilyChat(() => App, Api, FamilyChat.NewChatId());
        await family.SayAsync("/start");
        await family.PressAsync("consent:yes");
        await family.PressAsync("menu:help");
        await family.PressAsync("category:Youth");

        await RestartAsync();

        var next = await family.PressAsync("recipient:MyChild");
        Assert.Contains("Ceritakan singkat", next.Single().Text);
        await family.SayAsync("Anak saya sering bolos sekolah dan tidak mau belajar.");
        await family.PressAsync("kecamatan:BontangUtara");
        await family.PressAsync("contact:chat");
        var summary = await family.PressAsync("danger:no");
        Assert.Contains("Masalah remaja", summary.Single().Text);
        var done = await family.PressAsync("intake:send");
        Assert.Matches(@"LK3-\d{4}-0001", FamilyChat.ReferenceIn(done));
    }

    [SkippableFact]
    public async Task An_update_stored_but_not_handled_before_the_process_died_is_handled_after_restart()
    {
        Database.SkipIfUnavailable();
        await StopAsync();
        var chatId = FamilyChat.NewChatId();
        // What a crash right after acknowledging a webhook leaves behind: the stored update, nothing else.
        await using (var db = Database.NewContext())
        {
            var updateId = TelegramUpdates.NextUpdateId();
            db.ReceivedUpdates.Add(new ReceivedUpdate
            {
                Channel = "telegram",
                ExternalId = updateId.ToString(),
                ChatId = chatId.ToString(),
                Sequence = updateId,
                Payload = TelegramUpdates.Text(chatId, "/start", updateId),
                ReceivedAt = DateTimeOffset.UtcNow,
            });
            await db.SaveChangesAsync();
        }

        StartAgain();
        _ = App.Services;

        var greeting = await Api.WaitForMessagesAsync(chatId, 2);
        Assert.Contains("LK3 Kota Bontang", greeting[0].Text);
        Assert.Equal(UpdateStatus.Handled, await App.QueryAsync(db => db.ReceivedUpdates.Select(u => u.Status).SingleAsync()));
    }

    [SkippableFact]
    public async Task Updates_stored_out_of_order_are_handled_in_update_id_order()
    {
        Database.SkipIfUnavailable();
        await StopAsync();
        var chatId = FamilyChat.NewChatId();
        var first = TelegramUpdates.NextUpdateId();
        await using (var db = Database.NewContext())
        {
            // Three concurrent webhooks can be stored in any order; the later update_id must still be handled later.
            foreach (var (offset, payload) in new[]
            {
                (2, TelegramUpdates.Callback(chatId, "menu:help", first + 2)),
                (0, TelegramUpdates.Text(chatId, "/start", first)),
                (1, TelegramUpdates.Callback(chatId, "consent:yes", first + 1)),
            })
            {
                db.ReceivedUpdates.Add(new ReceivedUpdate
                {
                    Channel = "telegram",
                    ExternalId = (first + offset).ToString(),
                    ChatId = chatId.ToString(),
                    Sequence = first + offset,
                    Payload = payload,
                    ReceivedAt = DateTimeOffset.UtcNow,
                });
            }
            await db.SaveChangesAsync();
        }

        StartAgain();
        _ = App.Services;

        var family = new FamilyChat(() => App, Api, chatId);
        Assert.Contains("Privasi Anda", (await family.NextTurnAsync())[^1].Text);
        Assert.Contains("Terima kasih", (await family.NextTurnAsync())[0].Text);
        Assert.Contains(FamilyChat.Buttons((await family.NextTurnAsync()).Single()), b => b.Data == "category:Economic");
    }
}

public sealed class RestartTestsOnSqlite() : RestartTests(DatabaseProvider.Sqlite);

public sealed class RestartTestsOnPostgreSql() : RestartTests(DatabaseProvider.PostgreSql);
