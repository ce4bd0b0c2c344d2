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

    /// <summary>A text with its entities, as Telegram marks a command: <c>[{"offset":0,"length":6,"type":"bot_command"}]</c>.</summary>
    public static string Command(long chatId, string command) => Message(chatId, null, message =>
    {
        message["text"] = command;
        message["entities"] = new JsonArray(new JsonObject { ["offset"] = 0, ["length"] = command.Length, ["type"] = "bot_command" });
    });

    /// <summary>A message the family edited after sending it (<c>edited_message</c>, with <c>edit_date</c>).</summary>
    public static string Edited(long chatId, string text)
    {
        var update = JsonNode.Parse(Text(chatId, text))!.AsObject();
        var message = update["message"]!.AsObject();
        update.Remove("message");
        message["edit_date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        update["edited_message"] = message;
        return update.ToJsonString();
    }

    /// <summary>A photo in three sizes, with a caption.</summary>
    public static string Photo(long chatId, string caption) => Message(chatId, null, message =>
    {
        message["photo"] = new JsonArray([.. new[] { 90, 320, 800 }.Select(size => (JsonNode)new JsonObject
        {
            ["file_id"] = $"AgACAgUAAxkBAAIC{size}",
            ["file_unique_id"] = $"AQADrL{size}",
            ["file_size"] = size * 40,
            ["width"] = size,
            ["height"] = size * 3 / 4,
        })]);
        message["caption"] = caption;
    });

    public static string Voice(long chatId) => Message(chatId, null, message => message["voice"] = new JsonObject
    {
        ["duration"] = 4,
        ["mime_type"] = "audio/ogg",
        ["file_id"] = "AwACAgUAAxkBAAIC",
        ["file_unique_id"] = "AgADvQ4AAk",
        ["file_size"] = 10_392,
    });

    public static string Location(long chatId) => Message(chatId, null, message => message["location"] = new JsonObject
    {
        ["latitude"] = 0.133,
        ["longitude"] = 117.5,
    });

    /// <summary>A message forwarded from another user (<c>forward_origin</c>, whose <c>type</c> picks its shape).</summary>
    public static string Forwarded(long chatId, string text) => Message(chatId, null, message =>
    {
        message["text"] = text;
        message["forward_origin"] = new JsonObject
        {
            ["type"] = "user",
            ["date"] = DateTimeOffset.UtcNow.AddDays(-1).ToUnixTimeSeconds(),
            ["sender_user"] = new JsonObject { ["id"] = 777_000_111, ["is_bot"] = false, ["first_name"] = "Kakak" },
        };
    });

    /// <summary>
    /// The family blocked (or unblocked) the bot: <c>my_chat_member</c>, whose chat members are polymorphic on
    /// <c>status</c> ("member", "kicked", …).
    /// </summary>
    public static string MyChatMember(long chatId, bool blocked = true) => new JsonObject
    {
        ["update_id"] = NextUpdateId(),
        ["my_chat_member"] = new JsonObject
        {
            ["chat"] = Chat(chatId),
            ["from"] = User(chatId),
            ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            ["old_chat_member"] = new JsonObject { ["user"] = Bot(), ["status"] = blocked ? "member" : "kicked", ["until_date"] = 0 },
            ["new_chat_member"] = blocked
                ? new JsonObject { ["user"] = Bot(), ["status"] = "kicked", ["until_date"] = 0 }
                : new JsonObject { ["user"] = Bot(), ["status"] = "member" },
        },
    }.ToJsonString();

    /// <summary>A button under a message too old for Telegram to include: the message is "inaccessible" (date 0).</summary>
    public static string CallbackOnOldMessage(long chatId, string data) => new JsonObject
    {
        ["update_id"] = NextUpdateId(),
        ["callback_query"] = new JsonObject
        {
            ["id"] = $"cb-{chatId}-{Interlocked.Increment(ref _nextMessageId)}",
            ["from"] = User(chatId),
            ["message"] = new JsonObject { ["chat"] = Chat(chatId), ["message_id"] = Interlocked.Increment(ref _nextMessageId), ["date"] = 0 },
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

    private static JsonObject Bot() => new() { ["id"] = 123456, ["is_bot"] = true, ["first_name"] = "LK3 Test Bot", ["username"] = "lk3_test_bot" };

    private static JsonObject Chat(long chatId) => new()
    {
        ["id"] = chatId,
        ["first_name"] = "Ibu",
        ["type"] = "private",
    };
}
