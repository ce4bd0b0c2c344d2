using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace LK3.Benchmarks;

/// <summary>
/// A minimal Telegram Bot API on loopback that answers sendMessage at once and keeps only what the benchmark
/// reports: the arrival time of every sendMessage (preallocated) and a count per chat, so its own memory stays flat.
/// Given a listener, it also hands each sendMessage (chat, arrival time, text, buttons) to it as it arrives.
/// </summary>
internal sealed class TelegramDouble : IAsyncDisposable
{
    public const string Token = "123456:BENCH-TOKEN";

    private readonly WebApplication _app;
    private readonly long _firstChatId;
    private readonly long[] _arrivals;
    private readonly int[] _perChat;
    private readonly Action<SentReply>? _listener;
    private int _sent;

    private TelegramDouble(WebApplication app, long firstChatId, int chats, Action<SentReply>? listener)
    {
        _app = app;
        _firstChatId = firstChatId;
        _arrivals = new long[chats * 2];
        _perChat = new int[chats];
        _listener = listener;
    }

    public string BaseUrl { get; private set; } = "";
    public int Sent => Volatile.Read(ref _sent);

    /// <summary>Stopwatch timestamps of the sendMessage calls, in arrival order.</summary>
    public ReadOnlySpan<long> Arrivals => _arrivals.AsSpan(0, Math.Min(Sent, _arrivals.Length));

    public int ChatsWithMoreThanOne => _perChat.Count(n => n > 1);
    public int ChatsWithNone => _perChat.Count(n => n == 0);

    /// <param name="firstChatId">The first of the chats counted (with <paramref name="chats"/>); arrival times are kept for twice as many sends.</param>
    /// <param name="listener">Called with every sendMessage as it arrives, before it is answered.</param>
    public static async Task<TelegramDouble> StartAsync(long firstChatId, int chats, Action<SentReply>? listener = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var api = new TelegramDouble(app, firstChatId, chats, listener);
        app.Run(api.HandleAsync);
        await app.StartAsync();
        api.BaseUrl = app.Urls.Single().TrimEnd('/');
        return api;
    }

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "";
        var method = path[(path.LastIndexOf('/') + 1)..];
        context.Response.ContentType = "application/json";
        if (method.Equals("sendMessage", StringComparison.OrdinalIgnoreCase))
        {
            var at = Stopwatch.GetTimestamp();
            using var body = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
            var chatId = body.RootElement.GetProperty("chat_id") is { ValueKind: JsonValueKind.String } s
                ? long.Parse(s.GetString()!, CultureInfo.InvariantCulture)
                : body.RootElement.GetProperty("chat_id").GetInt64();
            var index = Interlocked.Increment(ref _sent) - 1;
            if (index < _arrivals.Length) _arrivals[index] = at;
            var chat = chatId - _firstChatId;
            if (chat >= 0 && chat < _perChat.Length) Interlocked.Increment(ref _perChat[chat]);
            _listener?.Invoke(new SentReply(chatId, at, body.RootElement.GetProperty("text").GetString() ?? "", CallbackData(body.RootElement)));
            await context.Response.WriteAsync(string.Create(CultureInfo.InvariantCulture,
                $$$"""{"ok":true,"result":{"message_id":{{{index + 1}}},"date":{{{DateTimeOffset.UtcNow.ToUnixTimeSeconds()}}},"""
                + $$$"""
                "chat":{"id":{{{chatId}}},"type":"private"},"text":"-"}}
                """));
        }
        else if (method.Equals("getMe", StringComparison.OrdinalIgnoreCase))
        {
            await context.Response.WriteAsync("""{"ok":true,"result":{"id":123456,"is_bot":true,"first_name":"LK3 Bench","username":"lk3_bench_bot"}}""");
        }
        else
        {
            await context.Response.WriteAsync("""{"ok":true,"result":true}""");
        }
    }

    /// <summary>The callback data of an inline keyboard's buttons, row by row (none without a keyboard).</summary>
    private static string[] CallbackData(JsonElement message) =>
        message.TryGetProperty("reply_markup", out var markup) && markup.TryGetProperty("inline_keyboard", out var rows)
            ? [.. rows.EnumerateArray().SelectMany(row => row.EnumerateArray())
                .Select(button => button.TryGetProperty("callback_data", out var data) ? data.GetString() ?? "" : "")]
            : [];

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
