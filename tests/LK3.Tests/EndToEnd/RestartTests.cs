using LK3.Bot.Data;
using LK3.Intake.Inbox;
using LK3.Tests.Telegram;
using Microsoft.EntityFrameworkCore;

namespace LK3.Tests.EndToEnd;

/// <summary>The bot stopping and starting again on the same database.</summary>
public abstract class RestartTests(DatabaseProvider provider) : IAsyncLifetime
{
    private readonly TestDatabase _database = TestDatabase.Create(provider);
    private BotApiDouble _api = null!;
    private BotApp _app = null!;

    public async Task InitializeAsync()
    {
        if (_database.UnavailableReason is not null) return;
        _api = await BotApiDouble.StartAsync();
        _app = BotApp.Start(_api, _database);
    }

    public async Task DisposeAsync()
    {
        if (_database.UnavailableReason is null)
        {
            await _app.DisposeAsync();
            await _api.DisposeAsync();
        }
        await _database.DisposeAsync();
    }

    [SkippableFact]
    public async Task An_intake_interrupted_by_a_restart_continues_where_it_stopped()
    {
        _database.SkipIfUnavailable();
        var family = new FamilyChat(() => _app, _api, FamilyChat.NewChatId());
        await family.SayAsync("/start");
        await family.PressAsync("consent:yes");
        await family.PressAsync("menu:help");
        await family.PressAsync("category:Youth");

        await _app.DisposeAsync();
        _app = BotApp.Start(_api, _database);

        var next = await family.PressAsync("recipient:MyChild");
        Assert.Contains("Ceritakan singkat", next.Single().Text);
        await family.SayAsync("Anak saya sudah seminggu tidak pulang ke rumah.");
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
        _database.SkipIfUnavailable();
        await _app.DisposeAsync();
        var chatId = FamilyChat.NewChatId();
        // What a crash right after acknowledging a webhook leaves behind: the stored update, nothing else.
        await using (var db = _database.NewContext())
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

        _app = BotApp.Start(_api, _database);
        _ = _app.Services;

        var greeting = await _api.WaitForMessagesAsync(chatId, 2);
        Assert.Contains("LK3 Kota Bontang", greeting[0].Text);
        Assert.Equal(UpdateStatus.Handled, await _app.QueryAsync(db => db.ReceivedUpdates.Select(u => u.Status).SingleAsync()));
    }

    [SkippableFact]
    public async Task Updates_stored_out_of_order_are_handled_in_update_id_order()
    {
        _database.SkipIfUnavailable();
        await _app.DisposeAsync();
        var chatId = FamilyChat.NewChatId();
        var first = TelegramUpdates.NextUpdateId();
        await using (var db = _database.NewContext())
        {
            // Three concurrent webhooks can be stored in any order; the later update_id must still be handled later.
            foreach (var (offset, payload) in new[] { (2, TelegramUpdates.Callback(chatId, "menu:help", first + 2)), (0, TelegramUpdates.Text(chatId, "/start", first)), (1, TelegramUpdates.Callback(chatId, "consent:yes", first + 1)) })
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

        _app = BotApp.Start(_api, _database);
        _ = _app.Services;

        var family = new FamilyChat(() => _app, _api, chatId);
        Assert.Contains("Privasi Anda", (await family.NextTurnAsync())[^1].Text);
        Assert.Contains("Terima kasih", (await family.NextTurnAsync())[0].Text);
        Assert.Contains(FamilyChat.Buttons((await family.NextTurnAsync()).Single()), b => b.Data == "category:Economic");
    }
}

public sealed class RestartTestsOnSqlite() : RestartTests(DatabaseProvider.Sqlite);

public sealed class RestartTestsOnPostgreSql() : RestartTests(DatabaseProvider.PostgreSql);
