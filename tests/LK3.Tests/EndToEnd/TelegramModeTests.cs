using System.Net;
using System.Text.Json.Nodes;
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
    public async Task Webhook_mode_answers_a_pressed_button_in_the_webhook_answer_and_makes_no_call_for_it()
    {
        await using var app = BotApp.Start(_api, _database, TelegramMode.Webhook);
        var chatId = FamilyChat.NewChatId();
        using var started = await app.Client.SendAsync(IWebhookTarget.Request(TelegramUpdates.Text(chatId, "/start")));
        var sent = await TurnEndedAsync(chatId, 0);
        var press = TelegramUpdates.Callback(chatId, "consent:yes");
        var queryId = JsonNode.Parse(press)!["callback_query"]!["id"]!.GetValue<string>();

        using var pressed = await app.Client.SendAsync(IWebhookTarget.Request(press));
        sent = await TurnEndedAsync(chatId, sent);
        // The chat's next turn starts only when everything of the last one, its answers to buttons included, is done.
        using var written = await app.Client.SendAsync(IWebhookTarget.Request(TelegramUpdates.Text(chatId, "halo")));
        await TurnEndedAsync(chatId, sent);

        Assert.Equal(HttpStatusCode.OK, started.StatusCode);
        Assert.Empty(await started.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, pressed.StatusCode);
        var answer = JsonNode.Parse(await pressed.Content.ReadAsStringAsync())!;
        Assert.Equal("answerCallbackQuery", answer["method"]!.GetValue<string>());
        Assert.Equal(queryId, answer["callback_query_id"]!.GetValue<string>());
        Assert.Empty(_api.CallsTo("answerCallbackQuery"));
    }

    /// <summary>Waits for the next message with buttons after the first <paramref name="sent"/>; returns how many the chat has then.</summary>
    private async Task<int> TurnEndedAsync(long chatId, int sent)
    {
        for (var count = sent + 1; ; count++)
        {
            var messages = await _api.WaitForMessagesAsync(chatId, count);
            if (messages[count - 1].ReplyMarkup is not null) return count;
        }
    }

    [Fact]
    public async Task Polling_mode_answers_a_pressed_button_by_a_call_of_its_own()
    {
        await using var app = BotApp.Start(_api, _database, TelegramMode.Polling);
        var chatId = FamilyChat.NewChatId();
        var press = TelegramUpdates.Callback(chatId, "consent:yes");
        var queryId = JsonNode.Parse(press)!["callback_query"]!["id"]!.GetValue<string>();
        _api.EnqueueUpdate(TelegramUpdates.Text(chatId, "/start"));
        _api.EnqueueUpdate(press);
        _ = app.Services;

        var answered = await _api.WaitForCallAsync("answerCallbackQuery");

        Assert.Equal(queryId, answered.Body.GetProperty("callback_query_id").GetString());
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
