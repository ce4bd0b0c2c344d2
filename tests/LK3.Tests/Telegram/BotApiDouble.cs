using System.Globalization;
using System.Text;
using System.Text.Json;
using LK3.Tests.EndToEnd;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace LK3.Tests.Telegram;

public sealed record BotApiCall(string Method, JsonElement Body, DateTimeOffset At);

public sealed record SentMessage(long ChatId, string Text, string? ParseMode, JsonElement? ReplyMarkup, int MessageId);

/// <summary>An editMessageText call that changed a message: what it says now, and its keyboard (null when the edit removed it).</summary>
public sealed record EditedMessage(long ChatId, int MessageId, string Text, string? ParseMode, JsonElement? ReplyMarkup);

/// <summary>
/// In-process fake of the Telegram Bot API on real Kestrel (loopback, random port), so the real
/// Telegram.Bot client can talk HTTP to it. Records every call; scripts sendMessage failures and
/// getUpdates long polling; edits sent messages as Telegram does (editMessageText), refusing what Telegram refuses.
/// </summary>
public sealed class BotApiDouble : IAsyncDisposable
{
    private static readonly TimeSpan MaxLongPoll = TimeSpan.FromSeconds(2);

    private readonly object _gate = new();
    private readonly List<BotApiCall> _calls = [];
    private readonly List<SentMessage> _sent = [];
    private readonly List<EditedMessage> _edits = [];
    private readonly List<long> _confirmed = [];
    private readonly List<(long Id, string Json)> _updates = [];
    private readonly Dictionary<long, Queue<(int Code, string Description, int? RetryAfter)>> _failures = [];
    private readonly CancellationTokenSource _stopping = new();
    private TaskCompletionSource _changed = NewSignal();
    private int _lastMessageId;
    private int _disposed;
    private readonly WebApplication _app;

    private BotApiDouble(string token, WebApplication app) => (Token, _app) = (token, app);

    public string Token { get; }
    public string BaseUrl { get; private set; } = "";

    /// <summary>How long sendMessage takes to answer once the message has arrived, as over a slow network.</summary>
    public TimeSpan SendLatency { get; set; }

    public static async Task<BotApiDouble> StartAsync(string token = "123456:TEST-TOKEN")
    {
        var app = DoubleHosting.NewBuilder().Build();
        var api = new BotApiDouble(token, app);
        app.Run(api.HandleAsync);
        await app.StartAsync();
        api.BaseUrl = app.Urls.Single().TrimEnd('/'); // the actually bound address, with the real port
        return api;
    }

    public IReadOnlyList<BotApiCall> Calls { get { lock (_gate) return _calls.ToArray(); } }
    public IReadOnlyList<SentMessage> SentMessages { get { lock (_gate) return _sent.ToArray(); } }
    public IReadOnlyList<long> ConfirmedUpdateIds { get { lock (_gate) return _confirmed.ToArray(); } }
    public IReadOnlyList<EditedMessage> Edits { get { lock (_gate) return _edits.ToArray(); } }

    public IReadOnlyList<BotApiCall> CallsTo(string method)
    {
        lock (_gate) return _calls.Where(c => IsMethod(c, method)).ToArray();
    }

    public IReadOnlyList<SentMessage> SentTo(long chatId)
    {
        lock (_gate) return _sent.Where(m => m.ChatId == chatId).ToArray();
    }

    /// <summary>Queues a failure for the next sendMessage to <paramref name="chatId"/>; several are consumed in order.</summary>
    public void FailNextSend(long chatId, int errorCode, string description, int? retryAfter = null)
    {
        lock (_gate)
        {
            if (!_failures.TryGetValue(chatId, out var queue)) _failures[chatId] = queue = new();
            queue.Enqueue((errorCode, description, retryAfter));
        }
    }

    /// <summary>Queues the raw JSON of one Update (must contain "update_id") for getUpdates.</summary>
    public void EnqueueUpdate(string updateJson)
    {
        using var doc = JsonDocument.Parse(updateJson);
        var id = doc.RootElement.GetProperty("update_id").GetInt64();
        lock (_gate)
        {
            _updates.Add((id, updateJson));
            PulseLocked();
        }
    }

    /// <summary>Completes once at least <paramref name="count"/> messages were sent to the chat; returns all sent to it so far.</summary>
    public async Task<IReadOnlyList<SentMessage>> WaitForMessagesAsync(long chatId, int count, TimeSpan? timeout = null)
    {
        var wait = timeout ?? TimeSpan.FromSeconds(10);
        using var cts = new CancellationTokenSource(wait);
        var found = await WaitAsync(() =>
        {
            var toChat = _sent.Where(m => m.ChatId == chatId).ToArray();
            return toChat.Length >= count ? toChat : null;
        }, cts.Token);
        if (found is not null) return found;
        var sent = SentTo(chatId);
        var lines = sent.Select((m, i) => $"  [{i + 1}] {(m.Text.Length > 80 ? m.Text[..80] + "…" : m.Text)}");
        throw new TimeoutException(
            $"Expected {count} message(s) to chat {chatId} within {wait.TotalSeconds:0.#} s, got {sent.Count}" +
            (sent.Count > 0 ? ":" + Environment.NewLine + string.Join(Environment.NewLine, lines) : "."));
    }

    /// <summary>Completes with the first edit of the message (past or future); <see cref="SentMessages"/> shows it as edited.</summary>
    public async Task<EditedMessage> WaitForEditAsync(long chatId, int messageId, TimeSpan? timeout = null)
    {
        var wait = timeout ?? TimeSpan.FromSeconds(10);
        using var cts = new CancellationTokenSource(wait);
        var found = await WaitAsync(() => _edits.FirstOrDefault(e => e.ChatId == chatId && e.MessageId == messageId), cts.Token);
        return found ?? throw new TimeoutException($"Message {messageId} of chat {chatId} was not edited within {wait.TotalSeconds:0.#} s.");
    }

    /// <summary>Completes with the first recorded call (past or future) to <paramref name="method"/> that matches.</summary>
    public async Task<BotApiCall> WaitForCallAsync(string method, Func<BotApiCall, bool>? match = null, TimeSpan? timeout = null)
    {
        var wait = timeout ?? TimeSpan.FromSeconds(10);
        using var cts = new CancellationTokenSource(wait);
        var found = await WaitAsync(() => _calls.FirstOrDefault(c => IsMethod(c, method) && (match?.Invoke(c) ?? true)), cts.Token);
        return found ?? throw new TimeoutException(
            $"No matching {method} call within {wait.TotalSeconds:0.#} s; calls so far: [{string.Join(", ", Calls.Select(c => c.Method))}]");
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1) return;
        await _stopping.CancelAsync(); // releases held getUpdates requests so shutdown does not wait for them
        await _app.StopAsync();
        await _app.DisposeAsync();
        _stopping.Dispose();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var prefix = $"/bot{Token}/";
        var path = context.Request.Path.Value ?? "";
        if (!path.StartsWith(prefix, StringComparison.Ordinal) || path.Length == prefix.Length)
        {
            await WriteAsync(context, 404, Error(404, "Not Found", null));
            return;
        }
        var method = path[prefix.Length..];
        var body = await ReadBodyAsync(context.Request);
        var call = new BotApiCall(method, body, DateTimeOffset.UtcNow);

        if (method.Equals("getUpdates", StringComparison.OrdinalIgnoreCase))
        {
            lock (_gate) { _calls.Add(call); PulseLocked(); }
            await WriteAsync(context, 200, Ok(await GetUpdatesAsync(body, context.RequestAborted)));
            return;
        }

        var (status, response) = await RunAsync(call, context.RequestAborted);
        await WriteAsync(context, status, response);
    }

    /// <summary>
    /// What Telegram does with a webhook's answer: a JSON object naming a <c>method</c> is a call of that method with the
    /// object's other fields, run as if the bot had made it; its outcome goes nowhere. An empty answer is no call.
    /// </summary>
    public async Task RunWebhookAnswerAsync(string answer)
    {
        if (string.IsNullOrWhiteSpace(answer)) return;
        using var json = JsonDocument.Parse(answer);
        if (json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("method", out var method))
        {
            await RunAsync(new BotApiCall(method.GetString()!, json.RootElement.Clone(), DateTimeOffset.UtcNow), CancellationToken.None);
        }
    }

    private async Task<(int Status, string Json)> RunAsync(BotApiCall call, CancellationToken aborted) => call.Method.ToLowerInvariant() switch
    {
        "sendmessage" => await SendAfterLatencyAsync(call, aborted),
        "editmessagetext" => Edit(call),
        "getme" => Record(call, """{"id":123456,"is_bot":true,"first_name":"LK3 Test Bot","username":"lk3_test_bot"}"""),
        _ => Record(call, "true"),
    };

    private (int Status, string Json) Record(BotApiCall call, string result)
    {
        lock (_gate) { _calls.Add(call); PulseLocked(); }
        return (200, Ok(result));
    }

    private async Task<(int Status, string Json)> SendAfterLatencyAsync(BotApiCall call, CancellationToken aborted)
    {
        var answer = Send(call);
        if (SendLatency > TimeSpan.Zero) await Task.Delay(SendLatency, aborted);
        return answer;
    }

    private (int Status, string Json) Send(BotApiCall call)
    {
        var chatId = GetLong(call.Body, "chat_id") ?? 0;
        lock (_gate)
        {
            _calls.Add(call);
            PulseLocked();
            if (_failures.TryGetValue(chatId, out var queue) && queue.TryDequeue(out var failure))
                return (failure.Code, Error(failure.Code, failure.Description, failure.RetryAfter));

            var text = call.Body.TryGetProperty("text", out var t) ? t.GetString() ?? "" : "";
            string? parseMode = call.Body.TryGetProperty("parse_mode", out var p) ? p.GetString() : null;
            JsonElement? markup = call.Body.TryGetProperty("reply_markup", out var r) ? r : null;
            var id = ++_lastMessageId;
            _sent.Add(new SentMessage(chatId, text, parseMode, markup, id));
            return (200, Ok(
                $$"""{"message_id":{{id}},"date":{{DateTimeOffset.UtcNow.ToUnixTimeSeconds()}},"chat":"""
                + $$"""{"id":{{chatId}},"type":"private"},"text":{{JsonSerializer.Serialize(text)}}}"""));
        }
    }

    /// <summary>Changes a message sent before; as Telegram, refuses an unknown message and an edit that changes nothing.</summary>
    private (int Status, string Json) Edit(BotApiCall call)
    {
        var chatId = GetLong(call.Body, "chat_id") ?? 0;
        var messageId = (int)(GetLong(call.Body, "message_id") ?? 0);
        var text = call.Body.TryGetProperty("text", out var t) ? t.GetString() ?? "" : "";
        string? parseMode = call.Body.TryGetProperty("parse_mode", out var p) ? p.GetString() : null;
        JsonElement? markup = call.Body.TryGetProperty("reply_markup", out var r) && r.ValueKind != JsonValueKind.Null ? r : null;
        lock (_gate)
        {
            _calls.Add(call);
            PulseLocked();
            var index = _sent.FindIndex(m => m.ChatId == chatId && m.MessageId == messageId);
            if (index < 0) return (400, Error(400, "Bad Request: message to edit not found", null));
            var before = _sent[index];
            if (before.Text == text && before.ReplyMarkup?.GetRawText() == markup?.GetRawText())
            {
                const string notModified = "Bad Request: message is not modified: specified new message content and reply markup are exactly the same"
                    + " as a current content and reply markup of the message";
                return (400, Error(400, notModified, null));
            }
            _sent[index] = before with { Text = text, ParseMode = parseMode, ReplyMarkup = markup };
            _edits.Add(new EditedMessage(chatId, messageId, text, parseMode, markup));
            var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
            return (200, Ok(
                $$"""{"message_id":{{messageId}},"date":{{now}},"edit_date":{{now}},"chat":"""
                + $$"""{"id":{{chatId}},"type":"private"},"text":{{JsonSerializer.Serialize(text)}}}"""));
        }
    }

    private async Task<string> GetUpdatesAsync(JsonElement body, CancellationToken aborted)
    {
        var offset = GetLong(body, "offset");
        var limit = (int)Math.Clamp(GetLong(body, "limit") ?? 100, 1, 100);
        var hold = TimeSpan.FromSeconds(Math.Max(0, GetLong(body, "timeout") ?? 0));
        if (hold > MaxLongPoll) hold = MaxLongPoll;

        List<string>? Take()
        {
            if (offset is long o)
            {
                _confirmed.AddRange(_updates.Where(u => u.Id < o).Select(u => u.Id));
                _updates.RemoveAll(u => u.Id < o);
            }
            var batch = _updates.Take(limit).Select(u => u.Json).ToList();
            return batch.Count > 0 || hold == TimeSpan.Zero ? batch : null;
        }

        using var cts = CancellationTokenSource.CreateLinkedTokenSource(aborted, _stopping.Token);
        cts.CancelAfter(hold);
        var updates = await WaitAsync(Take, cts.Token) ?? [];
        return "[" + string.Join(",", updates) + "]";
    }

    /// <summary>Re-evaluates <paramref name="probe"/> (under the lock) after every change until it returns non-null or the token fires.</summary>
    private async Task<T?> WaitAsync<T>(Func<T?> probe, CancellationToken token) where T : class
    {
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                if (probe() is { } hit) return hit;
                changed = _changed.Task;
            }
            try { await changed.WaitAsync(token); }
            catch (OperationCanceledException) { lock (_gate) return probe(); }
        }
    }

    private void PulseLocked()
    {
        var previous = _changed;
        _changed = NewSignal();
        previous.TrySetResult();
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private static bool IsMethod(BotApiCall call, string method) => call.Method.Equals(method, StringComparison.OrdinalIgnoreCase);

    private static async Task<JsonElement> ReadBodyAsync(HttpRequest request)
    {
        if (request.HasFormContentType) // multipart is only used for file uploads; keep the text fields
        {
            var form = await request.ReadFormAsync();
            return JsonSerializer.SerializeToElement(form.ToDictionary(f => f.Key, f => f.Value.ToString()));
        }
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var text = await reader.ReadToEndAsync();
        if (string.IsNullOrWhiteSpace(text)) text = "{}";
        using var doc = JsonDocument.Parse(text);
        return doc.RootElement.Clone();
    }

    private static long? GetLong(JsonElement body, string name) =>
        body.ValueKind == JsonValueKind.Object && body.TryGetProperty(name, out var v)
            ? v.ValueKind switch
            {
                JsonValueKind.Number when v.TryGetInt64(out var n) => n,
                JsonValueKind.String when long.TryParse(v.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var s) => s,
                _ => null,
            }
            : null;

    private static string Ok(string resultJson) => $$"""{"ok":true,"result":{{resultJson}}}""";

    private static string Error(int code, string description, int? retryAfter) =>
        $$"""{"ok":false,"error_code":{{code}},"description":{{JsonSerializer.Serialize(description)}}""" +
        (retryAfter is int s ? $$""","parameters":{"retry_after":{{s}}""" + "}}" : "}");

    private static async Task WriteAsync(HttpContext context, int status, string json)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(json);
    }
}
