using System.Text.Json.Nodes;

namespace LK3.Tests.EndToEnd;

/// <summary>Update payloads shaped like the ones Telegram posts to a webhook (Bot API 9.x).</summary>
public static class TelegramUpdates
{
    private static long _nextUpdateId = 100_000;
    private static int _nextMessageId = 1;

    public static long NextUpdateId() => Interlocked.Increment(ref _nextUpdateId);

    public static string Text(long chatId, string text, long? updateId = null) =>
        Message(chatId, updateId, message => message["text"] = text);

    /// <summary>A text sent as a reply to an earlier message of the bot (Telegram's "Reply").</summary>
    public static string ReplyTo(long chatId, int messageId, string text) => Message(chatId, null, message =>
    {
        message["text"] = text;
        message["reply_to_message"] = new JsonObject
        {
            ["message_id"] = messageId,
            ["from"] = new JsonObject { ["id"] = 123456, ["is_bot"] = true, ["first_name"] = "LK3 Test Bot" },
            ["chat"] = Chat(chatId),
            ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            ["text"] = "Pesan keluarga",
        };
    });

    public static string Sticker(long chatId) => Message(chatId, null, message => message["sticker"] = new JsonObject
    {
        ["file_id"] = "CAACAgIAAxkBAAIBY2Zk",
        ["file_unique_id"] = "AgADbQADWbv8JQ",
        ["type"] = "regular",
        ["width"] = 512,
        ["height"] = 512,
        ["is_animated"] = false,
        ["is_video"] = false,
        ["emoji"] = "😊",
    });

    public static string Contact(long chatId, string phone) => Message(chatId, null, message => message["contact"] = new JsonObject
    {
        ["phone_number"] = phone,
        ["first_name"] = "Ibu",
        ["user_id"] = chatId,
    });

    public static string Callback(long chatId, string data, long? updateId = null) => new JsonObject
    {
        ["update_id"] = updateId ?? NextUpdateId(),
        ["callback_query"] = new JsonObject
        {
            ["id"] = $"cb-{chatId}-{Interlocked.Increment(ref _nextMessageId)}",
            ["from"] = User(chatId),
            ["message"] = new JsonObject
            {
                ["message_id"] = Interlocked.Increment(ref _nextMessageId),
                ["from"] = new JsonObject { ["id"] = 123456, ["is_bot"] = true, ["first_name"] = "LK3 Test Bot", ["username"] = "lk3_test_bot" },
                ["chat"] = Chat(chatId),
                ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
                ["text"] = "Apa yang bisa kami bantu?",
            },
            ["chat_instance"] = "-3456789012345678901",
            ["data"] = data,
        },
    }.ToJsonString();

    private static string Message(long chatId, long? updateId, Action<JsonObject> content)
    {
        var message = new JsonObject
        {
            ["message_id"] = Interlocked.Increment(ref _nextMessageId),
            ["from"] = User(chatId),
            ["chat"] = Chat(chatId),
            ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
        };
        content(message);
        return new JsonObject { ["update_id"] = updateId ?? NextUpdateId(), ["message"] = message }.ToJsonString();
    }

    private static JsonObject User(long chatId) => new()
    {
        ["id"] = chatId,
        ["is_bot"] = false,
        ["first_name"] = "Ibu",
        ["language_code"] = "id",
    };

    private static JsonObject Chat(long chatId) => new()
    {
        ["id"] = chatId,
        ["first_name"] = "Ibu",
        ["type"] = "private",
    };
}
