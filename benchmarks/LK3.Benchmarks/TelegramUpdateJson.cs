using System.Buffers;
using System.Text.Json;

namespace LK3.Benchmarks;

/// <summary>Update payloads shaped like the ones Telegram posts to a webhook (as tests/LK3.Tests/EndToEnd/TelegramUpdates.cs writes them).</summary>
internal static class TelegramUpdateJson
{
    private static long _nextUpdateId = 1_000_000;
    private static int _nextMessageId;

    public static long NextUpdateId() => Interlocked.Increment(ref _nextUpdateId);

    public static byte[] Text(long chatId, string text) => Write(writer =>
    {
        writer.WriteNumber("update_id", NextUpdateId());
        writer.WriteStartObject("message");
        writer.WriteNumber("message_id", Interlocked.Increment(ref _nextMessageId));
        User(writer, "from", chatId);
        Chat(writer, chatId);
        writer.WriteNumber("date", DateTimeOffset.UtcNow.ToUnixTimeSeconds());
        writer.WriteString("text", text);
        writer.WriteEndObject();
    });

    public static byte[] Callback(long chatId, string data) => Write(writer =>
    {
        writer.WriteNumber("update_id", NextUpdateId());
        writer.WriteStartObject("callback_query");
        writer.WriteString("id", $"cb-{chatId}-{Interlocked.Increment(ref _nextMessageId)}");
        User(writer, "from", chatId);
        writer.WriteStartObject("message");
        writer.WriteNumber("message_id", Interlocked.Increment(ref _nextMessageId));
        writer.WriteStartObject("from");
        writer.WriteNumber("id", 123456);
        writer.WriteBoolean("is_bot", true);
        writer.WriteString("first_name", "LK3 Bench");
        writer.WriteString("username", "lk3_bench_bot");
        writer.WriteEndObject();
        Chat(writer, chatId);
        writer.WriteNumber("date", DateTimeOffset.UtcNow.ToUnixTimeSeconds());
        writer.WriteString("text", "Apa yang bisa kami bantu?");
        writer.WriteEndObject();
        writer.WriteString("chat_instance", "-3456789012345678901");
        writer.WriteString("data", data);
        writer.WriteEndObject();
    });

    private static void User(Utf8JsonWriter writer, string name, long chatId)
    {
        writer.WriteStartObject(name);
        writer.WriteNumber("id", chatId);
        writer.WriteBoolean("is_bot", false);
        writer.WriteString("first_name", "Ibu");
        writer.WriteString("language_code", "id");
        writer.WriteEndObject();
    }

    private static void Chat(Utf8JsonWriter writer, long chatId)
    {
        writer.WriteStartObject("chat");
        writer.WriteNumber("id", chatId);
        writer.WriteString("first_name", "Ibu");
        writer.WriteString("type", "private");
        writer.WriteEndObject();
    }

    private static byte[] Write(Action<Utf8JsonWriter> content)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            content(writer);
            writer.WriteEndObject();
        }
        return buffer.WrittenSpan.ToArray();
    }
}
