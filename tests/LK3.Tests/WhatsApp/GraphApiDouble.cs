using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using LK3.Tests.EndToEnd;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace LK3.Tests.WhatsApp;

/// <summary>A reply button (<c>interactive.action.buttons[].reply</c>) or a list row (<c>interactive.action.sections[].rows[]</c>).</summary>
public sealed record GraphButton(string Id, string Title, string? Description);

/// <summary>
/// One send the double accepted. <see cref="Text"/> is <c>text.body</c> (type text) or <c>interactive.body.text</c>
/// (type interactive); <see cref="Buttons"/> holds reply buttons or, for a list, all rows of all sections;
/// <see cref="Id"/> is the wamid the double answered with; <see cref="Body"/> is the whole request body.
/// </summary>
public sealed record GraphMessage(
    string To,
    string Type,
    string? Text,
    IReadOnlyList<GraphButton> Buttons,
    string? ListButton,
    string? TemplateName,
    string? TemplateLanguage,
    string Id,
    JsonElement Body)
{
    /// <summary><c>interactive.type</c> ("button", "list", ...) for interactive messages, otherwise null.</summary>
    public string? InteractiveType =>
        Body.ValueKind == JsonValueKind.Object && Body.TryGetProperty("interactive", out var i) &&
        i.ValueKind == JsonValueKind.Object && i.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String
            ? t.GetString()
            : null;
}

/// <summary>
/// Every request the double received, accepted or refused. <see cref="To"/> is the request's <c>to</c> (if any);
/// <see cref="ErrorCode"/> is the Graph <c>error.code</c> it answered with (null on success);
/// <see cref="Wamid"/> is the message id it answered with (null unless a message was accepted).
/// </summary>
public sealed record GraphCall(
    string Method,
    string Path,
    string? To,
    JsonElement Body,
    int Status,
    int? ErrorCode,
    string? Wamid,
    DateTimeOffset At);

/// <summary>
/// In-process fake of the WhatsApp Cloud API send endpoint (<c>POST /{version}/{phone-number-id}/messages</c>)
/// on real Kestrel (loopback, random port). Checks the bearer token and the phone number id, enforces Meta's
/// documented limits on text, reply buttons and lists (HTTP 400, Graph error 131009), answers like the real API
/// with a unique wamid, records every call, and scripts failures per recipient.
/// Read receipts (<c>{"status":"read","message_id":...}</c>) are answered <c>{"success":true}</c> and listed in
/// <see cref="MarkedAsRead"/>. Recipients are compared by their digits only, so "+62 811-…" matches "62811…".
/// Lengths are counted in Unicode scalar values (an emoji is one character).
/// </summary>
public sealed class GraphApiDouble : IAsyncDisposable
{
    public const string ApiVersion = "v23.0";

    // Limits from Meta's "Interactive reply buttons messages", "Interactive list messages" and "Text messages" pages.
    public const int MaxTextBody = 4096;
    public const int MaxButtonBody = 1024;
    public const int MaxListBody = 4096; // Meta documents 4096 for a list's body (1024 for reply buttons)
    public const int MaxHeaderOrFooter = 60;
    public const int MaxReplyButtons = 3;
    public const int MaxButtonTitle = 20;
    public const int MaxButtonId = 256;
    public const int MaxListButtonLabel = 20;
    public const int MaxSections = 10;
    public const int MaxRows = 10;
    public const int MaxSectionTitle = 24;
    public const int MaxRowTitle = 24;
    public const int MaxRowDescription = 72;
    public const int MaxRowId = 200;

    private readonly object _gate = new();
    private readonly List<GraphCall> _calls = [];
    private readonly List<GraphMessage> _messages = [];
    private readonly List<string> _read = [];
    private readonly Dictionary<string, Queue<Refusal>> _failures = [];
    private TaskCompletionSource _changed = NewSignal();
    private int _disposed;
    private readonly WebApplication _app;

    private GraphApiDouble(string accessToken, string phoneNumberId, WebApplication app) =>
        (AccessToken, PhoneNumberId, _app) = (accessToken, phoneNumberId, app);

    public string AccessToken { get; }
    public string PhoneNumberId { get; }

    /// <summary>For <c>WhatsApp:ApiBaseUrl</c>: <c>http://127.0.0.1:PORT/v23.0</c> (no trailing slash).</summary>
    public string BaseUrl { get; private set; } = "";

    /// <summary>The full send address: <c>{BaseUrl}/{PhoneNumberId}/messages</c>.</summary>
    public string MessagesUrl => $"{BaseUrl}/{PhoneNumberId}/messages";

    public static async Task<GraphApiDouble> StartAsync(string accessToken = "test-access-token", string phoneNumberId = "106540352242922")
    {
        var app = DoubleHosting.NewBuilder().Build();
        var api = new GraphApiDouble(accessToken, phoneNumberId, app);
        app.Run(api.HandleAsync);
        await app.StartAsync();
        api.BaseUrl = app.Urls.Single().TrimEnd('/') + "/" + ApiVersion; // the actually bound address, with the real port
        return api;
    }

    public IReadOnlyList<GraphCall> Calls { get { lock (_gate) return _calls.ToArray(); } }
    public IReadOnlyList<GraphMessage> Messages { get { lock (_gate) return _messages.ToArray(); } }

    /// <summary>wamids the bot marked as read, in order.</summary>
    public IReadOnlyList<string> MarkedAsRead { get { lock (_gate) return _read.ToArray(); } }

    public IReadOnlyList<GraphMessage> MessagesTo(string to)
    {
        var key = Digits(to);
        lock (_gate) return _messages.Where(m => Digits(m.To) == key).ToArray();
    }

    public IReadOnlyList<GraphCall> CallsTo(string to)
    {
        var key = Digits(to);
        lock (_gate) return _calls.Where(c => c.To is not null && Digits(c.To) == key).ToArray();
    }

    /// <summary>
    /// Makes the next <paramref name="times"/> sends to <paramref name="to"/> fail with <paramref name="httpStatus"/>
    /// and Graph <c>error.code</c> <paramref name="errorCode"/> (e.g. 400/130429 throughput, 400/131056 pair rate limit,
    /// 400/131047 more than 24 hours, 400/131026 undeliverable, 401/190 token expired). Without
    /// <paramref name="message"/> the usual Graph message for the code is used. Queued failures are consumed in order.
    /// </summary>
    public void FailNext(string to, int httpStatus, int errorCode, string? message = null, int times = 1, string? details = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(times, 1);
        var refusal = Scripted(httpStatus, errorCode, message, details);
        lock (_gate)
        {
            var key = Digits(to);
            if (!_failures.TryGetValue(key, out var queue)) _failures[key] = queue = new();
            for (var i = 0; i < times; i++) queue.Enqueue(refusal);
        }
    }

    /// <summary>Completes once at least <paramref name="count"/> messages to <paramref name="to"/> were accepted; returns all accepted so far.</summary>
    public async Task<IReadOnlyList<GraphMessage>> WaitForMessagesAsync(string to, int count, TimeSpan? timeout = null)
    {
        var wait = timeout ?? TimeSpan.FromSeconds(10);
        var key = Digits(to);
        using var cts = new CancellationTokenSource(wait);
        var found = await WaitAsync(() =>
        {
            var sent = _messages.Where(m => Digits(m.To) == key).ToArray();
            return sent.Length >= count ? sent : null;
        }, cts.Token);
        if (found is not null) return found;

        var messages = MessagesTo(to);
        var refused = CallsTo(to).Where(c => c.Status != 200).ToArray();
        var lines = messages.Select((m, i) => $"  [{i + 1}] {Describe(m)}")
            .Concat(refused.Select(c => $"  refused: HTTP {c.Status}, error {c.ErrorCode}"));
        throw new TimeoutException(
            $"Expected {count} message(s) to {to} within {wait.TotalSeconds:0.#} s, got {messages.Count}" +
            (messages.Count + refused.Length > 0 ? ":" + Environment.NewLine + string.Join(Environment.NewLine, lines) : "."));
    }

    /// <summary>Completes once at least <paramref name="count"/> recorded calls (past or future) match; returns the matching calls.</summary>
    public async Task<IReadOnlyList<GraphCall>> WaitForCallsAsync(Func<GraphCall, bool> predicate, int count = 1, TimeSpan? timeout = null)
    {
        var wait = timeout ?? TimeSpan.FromSeconds(10);
        using var cts = new CancellationTokenSource(wait);
        var found = await WaitAsync(() =>
        {
            var hits = _calls.Where(predicate).ToArray();
            return hits.Length >= count ? hits : null;
        }, cts.Token);
        return found ?? throw new TimeoutException(
            $"Expected {count} matching call(s) within {wait.TotalSeconds:0.#} s; calls so far: [" +
            string.Join(", ", Calls.Select(c => $"{c.To ?? c.Path} → {c.Status}{(c.ErrorCode is int e ? "/" + e : "")}")) + "]");
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1) return;
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var path = request.Path.Value ?? "";
        var body = await ReadBodyAsync(request);
        var to = Str(body, "to");

        var (status, json, errorCode, wamid) = Answer(request, path, body, to);
        lock (_gate)
        {
            _calls.Add(new GraphCall(request.Method, path, to, body, status, errorCode, wamid, DateTimeOffset.UtcNow));
            PulseLocked();
        }
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=UTF-8";
        await context.Response.WriteAsync(json);
    }

    /// <summary>Decides the answer; records accepted messages (the call itself is recorded by the caller).</summary>
    private (int Status, string Json, int? ErrorCode, string? Wamid) Answer(HttpRequest request, string path, JsonElement body, string? to)
    {
        if (!HasToken(request)) return Refuse(ExpiredToken());

        var segments = path.Trim('/').Split('/');
        if (segments.Length != 3 || !IsVersion(segments[0]) || segments[2] != "messages")
            return Refuse(new Refusal(400, 2500, $"Unknown path components: {path}", null));
        if (segments[1] != PhoneNumberId)
            return Refuse(new Refusal(400, 100,
                $"Unsupported post request. Object with ID '{segments[1]}' does not exist, cannot be loaded due to missing permissions, "
                + "or does not support this operation. Please read the Graph API documentation at https://developers.facebook.com/docs/graph-api",
                null, "GraphMethodException", 33));
        if (!HttpMethods.IsPost(request.Method))
            return Refuse(new Refusal(400, 100, "(#100) Invalid parameter", "Only POST is supported on this edge."));
        if (body.ValueKind != JsonValueKind.Object)
            return Refuse(InvalidParameter("The request body must be a JSON object."));
        if (Str(body, "messaging_product") != "whatsapp")
            return Refuse(new Refusal(400, 100, "(#100) The parameter messaging_product is required.", null));

        if (Str(body, "status") == "read")
        {
            var messageId = Str(body, "message_id");
            if (string.IsNullOrEmpty(messageId))
                return Refuse(new Refusal(400, 100, "(#100) The parameter message_id is required.", null));
            lock (_gate) _read.Add(messageId);
            return (200, """{"success":true}""", null, null);
        }

        if (string.IsNullOrWhiteSpace(to))
            return Refuse(new Refusal(400, 100, "(#100) The parameter to is required.", null));

        lock (_gate)
        {
            if (_failures.TryGetValue(Digits(to), out var queue) && queue.TryDequeue(out var scripted))
                return Refuse(scripted);
        }

        if (Validate(body) is { } invalid) return Refuse(invalid);

        var wamid = WhatsAppPayloads.NewWamid(Digits(to), inbound: false);
        var message = ToMessage(to, wamid, body);
        lock (_gate) _messages.Add(message);
        var answer = new JsonObject
        {
            ["messaging_product"] = "whatsapp",
            ["contacts"] = new JsonArray(new JsonObject { ["input"] = to, ["wa_id"] = Digits(to) }),
            ["messages"] = new JsonArray(new JsonObject { ["id"] = wamid }),
        };
        return (200, answer.ToJsonString(), null, wamid);
    }

    private static (int, string, int?, string?) Refuse(Refusal r) => (r.Status, r.ToJson(), r.Code, null);

    private bool HasToken(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        return header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) &&
               string.Equals(header[scheme.Length..].Trim(), AccessToken, StringComparison.Ordinal);
    }

    private static bool IsVersion(string segment) =>
        segment.Length > 1 && segment[0] == 'v' && segment[1..].Split('.') is [var major, var minor] &&
        major.Length > 0 && minor.Length > 0 && major.All(char.IsAsciiDigit) && minor.All(char.IsAsciiDigit);

    // ---- Meta's documented limits ------------------------------------------------------------------------

    private static Refusal? Validate(JsonElement body)
    {
        var type = Str(body, "type") ?? "text";
        return type switch
        {
            "text" => ValidateText(body),
            "interactive" => ValidateInteractive(body),
            "template" => ValidateTemplate(body),
            _ => null,
        };
    }

    private static Refusal? ValidateText(JsonElement body)
    {
        var text = Str(body, "text", "body");
        if (string.IsNullOrEmpty(text))
            return new Refusal(400, 100, "(#100) The parameter text['body'] is required.", null);
        return Length(text) > MaxTextBody
            ? InvalidParameter($"Param text['body'] must be at most {MaxTextBody} characters long.")
            : null;
    }

    private static Refusal? ValidateTemplate(JsonElement body)
    {
        if (string.IsNullOrEmpty(Str(body, "template", "name")))
            return new Refusal(400, 100, "(#100) The parameter template['name'] is required.", null);
        if (string.IsNullOrEmpty(Str(body, "template", "language", "code")))
            return new Refusal(400, 100, "(#100) The parameter template['language']['code'] is required.", null);
        return null;
    }

    private static Refusal? ValidateInteractive(JsonElement body)
    {
        if (!TryGet(body, out var interactive, "interactive") || interactive.ValueKind != JsonValueKind.Object)
            return new Refusal(400, 100, "(#100) The parameter interactive is required.", null);
        var kind = Str(interactive, "type");
        if (kind is not ("button" or "list")) return null; // cta_url, location_request_message, ...: not checked here

        var text = Str(interactive, "body", "text");
        if (string.IsNullOrEmpty(text))
            return new Refusal(400, 100, "(#100) The parameter interactive['body']['text'] is required.", null);
        var maxBody = kind == "button" ? MaxButtonBody : MaxListBody;
        if (Length(text) > maxBody)
            return InvalidParameter($"Param interactive['body']['text'] must be at most {maxBody} characters long.");
        if (Str(interactive, "header", "text") is { } header && Length(header) > MaxHeaderOrFooter)
            return InvalidParameter($"Param interactive['header']['text'] must be at most {MaxHeaderOrFooter} characters long.");
        if (Str(interactive, "footer", "text") is { } footer && Length(footer) > MaxHeaderOrFooter)
            return InvalidParameter($"Param interactive['footer']['text'] must be at most {MaxHeaderOrFooter} characters long.");

        return kind == "button" ? ValidateButtons(interactive) : ValidateList(interactive);
    }

    private static Refusal? ValidateButtons(JsonElement interactive)
    {
        if (!TryGet(interactive, out var buttons, "action", "buttons") || buttons.ValueKind != JsonValueKind.Array)
            return new Refusal(400, 100, "(#100) The parameter interactive['action']['buttons'] is required.", null);
        var count = buttons.GetArrayLength();
        if (count < 1 || count > MaxReplyButtons)
            return InvalidParameter($"Param interactive['action']['buttons'] must contain between 1 and {MaxReplyButtons} elements.");
        var i = 0;
        foreach (var button in buttons.EnumerateArray())
        {
            var where = $"interactive['action']['buttons'][{i++}]";
            if (Str(button, "type") != "reply")
                return InvalidParameter($"Param {where}['type'] must be 'reply'.");
            var id = Str(button, "reply", "id");
            if (string.IsNullOrEmpty(id) || Length(id) > MaxButtonId)
                return InvalidParameter($"Param {where}['reply']['id'] must be between 1 and {MaxButtonId} characters long.");
            var title = Str(button, "reply", "title");
            if (string.IsNullOrEmpty(title) || Length(title) > MaxButtonTitle)
                return InvalidParameter($"Button title length invalid. Min length: 1, Max length: {MaxButtonTitle}");
        }
        return null;
    }

    private static Refusal? ValidateList(JsonElement interactive)
    {
        var label = Str(interactive, "action", "button");
        if (string.IsNullOrEmpty(label) || Length(label) > MaxListButtonLabel)
            return InvalidParameter($"Param interactive['action']['button'] must be between 1 and {MaxListButtonLabel} characters long.");
        if (!TryGet(interactive, out var sections, "action", "sections") || sections.ValueKind != JsonValueKind.Array)
            return new Refusal(400, 100, "(#100) The parameter interactive['action']['sections'] is required.", null);
        var sectionCount = sections.GetArrayLength();
        if (sectionCount < 1 || sectionCount > MaxSections)
            return InvalidParameter($"Param interactive['action']['sections'] must contain between 1 and {MaxSections} elements.");

        var rows = 0;
        var s = 0;
        foreach (var section in sections.EnumerateArray())
        {
            var where = $"interactive['action']['sections'][{s++}]";
            var title = Str(section, "title");
            if (sectionCount > 1 && string.IsNullOrEmpty(title))
                return InvalidParameter($"Param {where}['title'] is required when there is more than one section.");
            if (title is not null && Length(title) > MaxSectionTitle)
                return InvalidParameter($"Param {where}['title'] must be at most {MaxSectionTitle} characters long.");
            if (!TryGet(section, out var sectionRows, "rows") || sectionRows.ValueKind != JsonValueKind.Array || sectionRows.GetArrayLength() == 0)
                return InvalidParameter($"Param {where}['rows'] must contain at least 1 element.");
            var r = 0;
            foreach (var row in sectionRows.EnumerateArray())
            {
                var rowWhere = $"{where}['rows'][{r++}]";
                rows++;
                var id = Str(row, "id");
                if (string.IsNullOrEmpty(id) || Length(id) > MaxRowId)
                    return InvalidParameter($"Param {rowWhere}['id'] must be between 1 and {MaxRowId} characters long.");
                var rowTitle = Str(row, "title");
                if (string.IsNullOrEmpty(rowTitle) || Length(rowTitle) > MaxRowTitle)
                    return InvalidParameter($"Row title length invalid. Min length: 1, Max length: {MaxRowTitle}");
                if (Str(row, "description") is { } description && Length(description) > MaxRowDescription)
                    return InvalidParameter($"Row description length invalid. Max length: {MaxRowDescription}");
            }
        }
        return rows > MaxRows
            ? InvalidParameter($"Total row count exceed max allowed count: {MaxRows}")
            : null;
    }

    // ---- Recording -----------------------------------------------------------------------------------------

    private static GraphMessage ToMessage(string to, string wamid, JsonElement body)
    {
        var type = Str(body, "type") ?? "text";
        string? text = type switch
        {
            "text" => Str(body, "text", "body"),
            "interactive" => Str(body, "interactive", "body", "text"),
            _ => null,
        };
        var buttons = new List<GraphButton>();
        string? listButton = null;
        if (type == "interactive" && TryGet(body, out var interactive, "interactive"))
        {
            if (Str(interactive, "type") == "button" && TryGet(interactive, out var replyButtons, "action", "buttons"))
            {
                buttons.AddRange(replyButtons.EnumerateArray().Select(b =>
                    new GraphButton(Str(b, "reply", "id") ?? "", Str(b, "reply", "title") ?? "", null)));
            }
            else if (Str(interactive, "type") == "list" && TryGet(interactive, out var sections, "action", "sections"))
            {
                listButton = Str(interactive, "action", "button");
                buttons.AddRange(sections.EnumerateArray()
                    .Where(section => TryGet(section, out _, "rows"))
                    .SelectMany(section => section.GetProperty("rows").EnumerateArray())
                    .Select(row => new GraphButton(Str(row, "id") ?? "", Str(row, "title") ?? "", Str(row, "description"))));
            }
        }
        return new GraphMessage(to, type, text, buttons, listButton,
            Str(body, "template", "name"), Str(body, "template", "language", "code"), wamid, body);
    }

    private static string Describe(GraphMessage m)
    {
        var text = m.Text is null ? "" : m.Text.Length > 80 ? m.Text[..80] + "…" : m.Text;
        var extra = m.TemplateName is not null ? $" template {m.TemplateName}/{m.TemplateLanguage}"
            : m.Buttons.Count > 0 ? " [" + string.Join(" | ", m.Buttons.Select(b => b.Title)) + "]"
            : "";
        return $"{m.Type}: {text}{extra}";
    }

    // ---- Graph errors --------------------------------------------------------------------------------------

    private sealed record Refusal(int Status, int Code, string Message, string? Details, string Type = "OAuthException", int? Subcode = null)
    {
        public string ToJson()
        {
            var error = new JsonObject { ["message"] = Message, ["type"] = Type, ["code"] = Code };
            if (Details is not null)
                error["error_data"] = new JsonObject { ["messaging_product"] = "whatsapp", ["details"] = Details };
            if (Subcode is int subcode) error["error_subcode"] = subcode;
            error["fbtrace_id"] = NewTraceId();
            return new JsonObject { ["error"] = error }.ToJsonString();
        }
    }

    private static Refusal InvalidParameter(string details) =>
        new(400, 131009, "(#131009) Parameter value is not valid", details);

    private static Refusal ExpiredToken() =>
        new(401, 190,
            "Error validating access token: Session has expired on Friday, 01-Jan-2100 00:00:00 PST. The current time is Saturday, 02-Jan-2100 00:00:00 PST.",
            null, "OAuthException", 463);

    private static Refusal Scripted(int httpStatus, int code, string? message, string? details)
    {
        if (code == 190 && message is null) return ExpiredToken() with { Status = httpStatus };
        var (title, usualDetails) = code switch
        {
            130429 => ("Rate limit hit", "Cloud API message throughput has been reached."),
            131056 => ("(Business Account, Consumer Account) pair rate limit hit",
                "Too many messages sent from the sender phone number to the same recipient phone number in a short period of time."),
            131047 => ("Re-engagement message",
                "Message failed to send because more than 24 hours have passed since the customer last replied to this number."),
            131026 => ("Message undeliverable", "Message Undeliverable."),
            131048 => ("Spam rate limit hit", "Message failed to send because there are restrictions on how many messages can be sent from this phone number."),
            131000 => ("Something went wrong", "Message failed to send due to an unknown error."),
            131009 => ("Parameter value is not valid", "Parameter value is not valid."),
            _ => ("Scripted failure", "Scripted failure."),
        };
        return new Refusal(httpStatus, code, message ?? $"(#{code}) {title}", details ?? usualDetails);
    }

    private static string NewTraceId()
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";
        return string.Create(23, 0, (span, _) =>
        {
            for (var i = 0; i < span.Length; i++) span[i] = alphabet[Random.Shared.Next(alphabet.Length)];
        });
    }

    // ---- Plumbing ------------------------------------------------------------------------------------------

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

    private static async Task<JsonElement> ReadBodyAsync(HttpRequest request)
    {
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var text = await reader.ReadToEndAsync();
        if (string.IsNullOrWhiteSpace(text)) text = "{}";
        try
        {
            using var doc = JsonDocument.Parse(text);
            return doc.RootElement.Clone();
        }
        catch (JsonException)
        {
            return JsonSerializer.SerializeToElement(text); // keep what was sent, as a JSON string
        }
    }

    private static bool TryGet(JsonElement element, out JsonElement found, params string[] path)
    {
        found = element;
        foreach (var name in path)
        {
            if (found.ValueKind != JsonValueKind.Object || !found.TryGetProperty(name, out found))
            {
                found = default;
                return false;
            }
        }
        return true;
    }

    private static string? Str(JsonElement element, params string[] path) =>
        TryGet(element, out var found, path) && found.ValueKind == JsonValueKind.String ? found.GetString() : null;

    private static int Length(string s) => s.EnumerateRunes().Count();

    private static string Digits(string s) => new(s.Where(char.IsAsciiDigit).ToArray());
}
