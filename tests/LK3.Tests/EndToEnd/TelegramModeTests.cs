using LK3.Bot.Channels.Telegram;
using LK3.Bot.Data;
using LK3.Tests.Telegram;
using Microsoft.EntityFrameworkCore;

namespace LK3.Tests.EndToEnd;

/// <summary>How the bot connects to Telegram: the webhook registered at start, or long polling.</summary>
public sealed class TelegramModeTests : IAsyncLifetime
{
    private readonly TestDatabase _database = TestDatabase.Create(DatabaseProvider.Sqlite);
    private BotApiDouble _api = null!;

    public async Task InitializeAsync() => _api = await BotApiDouble.StartAsync();

    public async Task DisposeAsync()
    {
        await _api.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task Webhook_mode_registers_the_webhook_with_its_secret_at_start()
    {
        await using var app = BotApp.Start(_api, _database, TelegramMode.Webhook);
        _ = app.Services;

        var call = await _api.WaitForCallAsync("setWebhook");

        Assert.Equal("https://lk3.example.org/webhooks/telegram", call.Body.GetProperty("url").GetString());
        Assert.Equal(BotApp.WebhookSecret, call.Body.GetProperty("secret_token").GetString());
        Assert.Equal(["message", "callback_query"], call.Body.GetProperty("allowed_updates").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task Polling_mode_stores_each_update_before_confirming_it_and_answers_it()
    {
        await using var app = BotApp.Start(_api, _database, TelegramMode.Polling);
        var chatId = FamilyChat.NewChatId();
        var updateId = TelegramUpdates.NextUpdateId();
        _api.EnqueueUpdate(TelegramUpdates.Text(chatId, "/start", updateId));
        _ = app.Services;

        var greeting = await _api.WaitForMessagesAsync(chatId, 2);
        await _api.WaitForCallAsync("getUpdates", call => call.Body.TryGetProperty("offset", out var offset) && offset.GetInt64() == updateId + 1);

        Assert.Contains("LK3 Kota Bontang", greeting[0].Text);
        Assert.Contains(updateId, _api.ConfirmedUpdateIds);
        Assert.NotEmpty(_api.CallsTo("deleteWebhook"));
        Assert.Empty(_api.CallsTo("setWebhook"));
    }

    [Fact]
    public async Task A_batch_fetched_again_after_a_restart_is_stored_once_and_logs_no_error()
    {
        var logs = new Privacy.CapturedLogs();
        var chatId = FamilyChat.NewChatId();
        var first = TelegramUpdates.NextUpdateId();
        var batch = new[] { TelegramUpdates.Text(chatId, "/start", first), TelegramUpdates.Callback(chatId, "consent:yes", first + 1) };
        await using (var before = BotApp.Start(_api, _database, TelegramMode.Polling))
        {
            foreach (var update in batch) _api.EnqueueUpdate(update);
            _ = before.Services;
            await _api.WaitForMessagesAsync(chatId, 4);
        }

        // A process that stopped before confirming its batch gets the same updates again from getUpdates.
        foreach (var update in batch) _api.EnqueueUpdate(update);
        await using var after = BotApp.Start(_api, _database, TelegramMode.Polling, logs: logs);
        _ = after.Services;
        await Poll.UntilTrueAsync(() => Task.FromResult(_api.ConfirmedUpdateIds.Count(id => id == first + 1) >= 2), TimeSpan.FromSeconds(30),
            "the batch fetched again to be confirmed");

        Assert.Equal(2, await after.QueryAsync(db => db.ReceivedUpdates.CountAsync(u => u.ChatId == chatId.ToString())));
        Assert.Equal(4, _api.SentTo(chatId).Count);
        Assert.DoesNotContain(logs.Lines, line => line.StartsWith("Error ", StringComparison.Ordinal) || line.StartsWith("Warning ", StringComparison.Ordinal));
    }
}
