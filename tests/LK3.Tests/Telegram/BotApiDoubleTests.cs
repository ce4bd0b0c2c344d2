using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace LK3.Tests.Telegram;

public sealed class BotApiDoubleTests
{
    private const long ChatId = 4242;

    private const string UpdateJson = """
        {"update_id":1001,"message":{"message_id":7,"date":1700000000,"chat":{"id":4242,"type":"private"},
         "from":{"id":4242,"is_bot":false,"first_name":"Ann"},"text":"hi"}}
        """;

    private static TelegramBotClient ClientFor(BotApiDouble api, HttpClient http) =>
        new(new TelegramBotClientOptions(api.Token, api.BaseUrl) { RetryThreshold = 0 }, http);

    [Fact]
    public async Task Sent_message_is_recorded_and_answered_like_the_real_api()
    {
        await using var api = await BotApiDouble.StartAsync();
        using var http = new HttpClient();
        var client = ClientFor(api, http);

        var me = await client.GetMe();
        var message = await client.SendMessage(ChatId, "Привет, <b>мир</b>", ParseMode.Html);

        var sent = await api.WaitForMessagesAsync(ChatId, 1);
        Assert.Equal("lk3_test_bot", me.Username);
        Assert.Equal(sent[0].MessageId, message.MessageId);
        Assert.Equal(ChatId, message.Chat.Id);
        Assert.Equal("Привет, <b>мир</b>", message.Text);
        Assert.Equal("Привет, <b>мир</b>", sent[0].Text);
        Assert.Equal("HTML", sent[0].ParseMode, ignoreCase: true);
        Assert.Single(api.CallsTo("SENDMESSAGE"));
        Assert.Equal(["getMe", "sendMessage"], api.Calls.Select(c => c.Method), StringComparer.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task An_edit_changes_the_message_and_removes_its_keyboard_and_what_telegram_refuses_is_refused()
    {
        await using var api = await BotApiDouble.StartAsync();
        using var http = new HttpClient();
        var client = ClientFor(api, http);
        var keyboard = new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("Terima", "offer:accept:1"));
        var sent = await client.SendMessage(ChatId, "Kasus baru", ParseMode.Html, replyMarkup: keyboard);

        var edited = await client.EditMessageText(ChatId, sent.MessageId, "Kasus baru <b>diterima</b>", ParseMode.Html);
        var unchanged = await Assert.ThrowsAsync<ApiRequestException>(
            () => client.EditMessageText(ChatId, sent.MessageId, "Kasus baru <b>diterima</b>", ParseMode.Html));
        var unknown = await Assert.ThrowsAsync<ApiRequestException>(() => client.EditMessageText(ChatId, sent.MessageId + 1, "x"));

        Assert.Equal(sent.MessageId, edited.MessageId);
        Assert.Equal(("Kasus baru <b>diterima</b>", null), (api.SentTo(ChatId).Single().Text, api.SentTo(ChatId).Single().ReplyMarkup));
        var edit = await api.WaitForEditAsync(ChatId, sent.MessageId);
        Assert.Null(edit.ReplyMarkup);
        Assert.Single(api.Edits);
        Assert.Equal(400, unchanged.ErrorCode);
        Assert.Contains("message is not modified", unchanged.Message);
        Assert.Equal(400, unknown.ErrorCode);
        Assert.Contains("message to edit not found", unknown.Message);
    }

    [Fact]
    public async Task Scripted_429_reaches_the_client_with_retry_after_and_is_not_a_sent_message()
    {
        await using var api = await BotApiDouble.StartAsync();
        using var http = new HttpClient();
        var client = ClientFor(api, http);
        api.FailNextSend(ChatId, 429, "Too Many Requests: retry after 1", retryAfter: 1);
        api.FailNextSend(ChatId, 403, "Forbidden: bot was blocked by the user");

        var tooMany = await Assert.ThrowsAsync<ApiRequestException>(() => client.SendMessage(ChatId, "one"));
        var blocked = await Assert.ThrowsAsync<ApiRequestException>(() => client.SendMessage(ChatId, "two"));
        await client.SendMessage(ChatId, "three");

        Assert.Equal(429, tooMany.ErrorCode);
        Assert.Equal(1, tooMany.Parameters?.RetryAfter);
        Assert.Equal(403, blocked.ErrorCode);
        Assert.Equal("Forbidden: bot was blocked by the user", blocked.Message);
        Assert.Equal(3, api.CallsTo("sendMessage").Count);
        Assert.Equal(["three"], api.SentTo(ChatId).Select(m => m.Text));
    }

    [Fact]
    public async Task GetUpdates_returns_queued_update_and_next_offset_confirms_it()
    {
        await using var api = await BotApiDouble.StartAsync();
        using var http = new HttpClient();
        var client = ClientFor(api, http);
        api.EnqueueUpdate(UpdateJson);

        var first = await client.GetUpdates(offset: 0, timeout: 1);
        var second = await client.GetUpdates(offset: first[^1].Id + 1, timeout: 0);

        var update = Assert.Single(first);
        Assert.Equal(1001, update.Id);
        Assert.Equal("hi", update.Message?.Text);
        Assert.Empty(second);
        Assert.Equal([1001L], api.ConfirmedUpdateIds);
    }

    [Fact]
    public async Task Held_getUpdates_is_released_by_an_enqueued_update()
    {
        await using var api = await BotApiDouble.StartAsync();
        using var http = new HttpClient();
        var client = ClientFor(api, http);

        var poll = client.GetUpdates(timeout: 30);
        await api.WaitForCallAsync("getUpdates");
        api.EnqueueUpdate(UpdateJson);
        var updates = await poll;

        Assert.Equal(1001, Assert.Single(updates).Id);
    }

    [Fact]
    public async Task Timeout_lists_what_was_sent_to_the_chat()
    {
        await using var api = await BotApiDouble.StartAsync();
        using var http = new HttpClient();
        await ClientFor(api, http).SendMessage(ChatId, new string('x', 200));

        var error = await Assert.ThrowsAsync<TimeoutException>(() => api.WaitForMessagesAsync(ChatId, 2, TimeSpan.FromMilliseconds(200)));

        Assert.Contains(new string('x', 80) + "…", error.Message);
        Assert.DoesNotContain(new string('x', 81), error.Message);
    }
}
