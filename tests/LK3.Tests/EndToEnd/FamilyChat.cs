using System.Net;
using System.Text.Json;
using LK3.Tests.Telegram;

namespace LK3.Tests.EndToEnd;

/// <summary>
/// One family writing to the bot through the webhook. Every turn of the bot ends with a question
/// that has buttons, so a turn's replies are the messages up to the next one with a keyboard.
/// </summary>
public sealed class FamilyChat(Func<IWebhookTarget> bot, BotApiDouble api, long chatId, TimeSpan? replyTimeout = null) : IFamilyChat<SentMessage>
{
    private static long _nextChatId = 700_000_000;
    private readonly TurnReader<SentMessage> _turns = new(count => api.WaitForMessagesAsync(chatId, count, replyTimeout), m => m.ReplyMarkup is not null);

    public long ChatId => chatId;
    public SentMessage? LastPrompt => _turns.LastPrompt;

    public static long NewChatId() => Interlocked.Increment(ref _nextChatId);

    public Task<IReadOnlyList<SentMessage>> SayAsync(string text) => PostAsync(TelegramUpdates.Text(chatId, text));

    public Task<IReadOnlyList<SentMessage>> PressAsync(string buttonId)
    {
        Assert.True(LastPrompt is null || Buttons(LastPrompt).Any(b => b.Data == buttonId),
            $"The last question offered no button '{buttonId}': {string.Join(", ", LastPrompt is null ? [] : Buttons(LastPrompt).Select(b => b.Data))}");
        return PostAsync(TelegramUpdates.Callback(chatId, buttonId));
    }

    public async Task<IReadOnlyList<SentMessage>> PostAsync(string update)
    {
        using var response = await bot().PostUpdateAsync(update);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await NextTurnAsync();
    }

    /// <summary>The replies of the next turn: up to and including the next message with buttons.</summary>
    public Task<IReadOnlyList<SentMessage>> NextTurnAsync() => _turns.NextTurnAsync();

    /// <summary>The next single message, for what the bot sends unasked (a counsellor's answer relayed, say).</summary>
    public Task<SentMessage> NextAsync() => _turns.NextAsync();

    public static IReadOnlyList<(string Text, string Data)> Buttons(SentMessage message) =>
        message.ReplyMarkup is { } markup
            ? [.. markup.GetProperty("inline_keyboard").EnumerateArray().SelectMany(row => row.EnumerateArray())
                .Select(b => (b.GetProperty("text").GetString()!, b.GetProperty("callback_data").GetString()!))]
            : [];

    public static string ReferenceIn(IEnumerable<SentMessage> messages) => FamilyWalks.ReferenceIn(messages.Select(m => m.Text));

    public string TextOf(SentMessage message) => message.Text;

    public bool Offers(string buttonId) => LastPrompt is { } prompt && Buttons(prompt).Any(b => b.Data == buttonId);
}
