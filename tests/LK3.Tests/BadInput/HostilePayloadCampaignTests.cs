using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using LK3.Bot.Channels.Telegram;
using LK3.Bot.Channels.Web;
using LK3.Bot.Channels.WhatsApp;
using LK3.Intake.Inbox;
using LK3.Tests.EndToEnd;
using LK3.Tests.WhatsApp;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace LK3.Tests.BadInput;

/// <summary>
/// A bad-input campaign: over ten thousand generated malformed or hostile Telegram, WhatsApp and web chat payloads, posted
/// with the right secret and signature: structure-aware mutations of every real-format fixture (<see cref="StructuredMutations"/>)
/// and hostile texts, random JSON and broken bytes (<see cref="HostilePayloads"/>). None gets a 5xx, nothing junk is stored,
/// every stored update is handled, and families on each channel are answered afterwards. The generators are seeded
/// (LK3_BAD_INPUT_SEED, default <see cref="DefaultSeed"/>) so a failure repeats.
/// </summary>
public abstract partial class HostilePayloadCampaignTests(BotFixture bot, ITestOutputHelper output)
{
    public const int DefaultSeed = 20_260_314;
    private const int HostilePerChannel = 500;
    private const int MutatedTelegram = 4500;
    private const int MutatedWhatsApp = 4500;
    private const int MutatedWeb = 1000;
    private const int Parallelism = 8;

    [SkippableFact]
    public async Task Ten_thousand_hostile_and_mutated_payloads_get_no_5xx_store_no_junk_and_families_are_still_answered()
    {
        var app = bot.App;
        var seed = int.TryParse(Environment.GetEnvironmentVariable("LK3_BAD_INPUT_SEED"), CultureInfo.InvariantCulture, out var given) ? given : DefaultSeed;
        output.WriteLine($"Seed {seed} (LK3_BAD_INPUT_SEED={seed} repeats this run)");
        var random = new Random(seed);
        var generator = new HostilePayloads(random);
        var mutations = new StructuredMutations(random);
        var payloads = new List<HostilePayload>();
        for (var i = 0; i < HostilePerChannel; i++)
        {
            payloads.Add(generator.Telegram());
            payloads.Add(generator.WhatsApp());
        }
        payloads.AddRange(Enumerable.Range(0, MutatedTelegram).Select(_ => mutations.Telegram()));
        payloads.AddRange(Enumerable.Range(0, MutatedWhatsApp).Select(_ => mutations.WhatsApp()));
        payloads.AddRange(Enumerable.Range(0, MutatedWeb).Select(_ => mutations.Web()));
        // Mixed, as traffic is: the channels' payloads arrive together.
        payloads = [.. payloads.OrderBy(_ => random.Next())];
        // A few redeliveries of what came before: the same bytes again.
        for (var i = 0; i < 60; i++) payloads.Add(payloads[random.Next(payloads.Count)]);
        var clock = Stopwatch.StartNew();

        var counts = new ConcurrentDictionary<string, int>();
        var wrong = new ConcurrentQueue<string>();
        var slowest = new ConcurrentBag<(TimeSpan Took, string Kind, int Bytes)>();
        await Parallel.ForEachAsync(payloads, new ParallelOptions { MaxDegreeOfParallelism = Parallelism }, async (payload, cancellationToken) =>
        {
            using var request = payload.Request();
            var started = Stopwatch.GetTimestamp();
            using var response = await app.Client.SendAsync(request, cancellationToken);
            slowest.Add((Stopwatch.GetElapsedTime(started), $"{payload.Channel} {payload.Kind}", payload.Body.Length));
            var status = (int)response.StatusCode;
            counts.AddOrUpdate($"{payload.Channel} {status}", 1, (_, n) => n + 1);
            if (status is not (200 or 202 or 400 or 413))
            {
                wrong.Enqueue($"{payload.Channel} {payload.Kind} → {status} {Shorten(await response.Content.ReadAsStringAsync(cancellationToken))}"
                    + $"\n    body: {Shorten(payload.Text)}");
            }
        });
        var posted = clock.Elapsed;
        foreach (var (key, count) in counts.OrderBy(c => c.Key, StringComparer.Ordinal)) output.WriteLine($"{key}: {count}");
        var serverErrors = counts.Where(c => c.Key.Split(' ')[1].StartsWith('5')).Sum(c => c.Value);
        output.WriteLine($"{payloads.Count} payloads posted in {posted.TotalSeconds:0.0} s, {serverErrors} got a 5xx");
        foreach (var line in wrong.Take(20)) output.WriteLine(line);
        foreach (var (took, kind, bytes) in slowest.OrderByDescending(s => s.Took).Take(8))
            output.WriteLine($"slow: {took.TotalMilliseconds:0} ms, {bytes:N0} bytes: {kind}");

        // The pipeline drains: every stored update is handled or, at worst, failed and recorded.
        var drained = await DrainAsync(TimeSpan.FromSeconds(120));
        output.WriteLine($"Pipeline drained after {clock.Elapsed.TotalSeconds:0.0} s: {drained}");
        var byStatus = await app.QueryAsync(db => db.ReceivedUpdates.GroupBy(u => new { u.Channel, u.Status })
            .Select(g => new { g.Key.Channel, g.Key.Status, Count = g.Count() }).ToListAsync());
        foreach (var row in byStatus.OrderBy(r => r.Channel, StringComparer.Ordinal).ThenBy(r => r.Status))
            output.WriteLine($"stored {row.Channel} {row.Status}: {row.Count}");
        var failed = await app.QueryAsync(db => db.ReceivedUpdates.Where(u => u.Status == UpdateStatus.Failed)
            .Select(u => new { u.Channel, u.ChatId, u.ExternalId, u.FailureReason, u.Payload }).ToListAsync());
        foreach (var f in failed.Take(10))
            output.WriteLine($"FAILED {f.Channel} chat {f.ChatId} update {f.ExternalId}: {f.FailureReason}\n    payload: {Shorten(f.Payload ?? "")}");

        // Nothing junk stored: chat ids are what the channels give (digits), and handled updates keep no payload.
        var chats = await app.QueryAsync(db => db.ReceivedUpdates.Select(u => new { u.Channel, u.ChatId }).Distinct().ToListAsync());
        var clients = await app.QueryAsync(db => db.Clients.Select(c => new { c.Channel, c.ChatId }).ToListAsync());
        var junkUpdates = chats.Where(c => !IsChatId(c.Channel, c.ChatId)).Select(c => $"{c.Channel}:{c.ChatId}").ToList();
        var junkClients = clients.Where(c => !IsChatId(c.Channel, c.ChatId)).Select(c => $"{c.Channel}:{c.ChatId}").ToList();
        var keptPayloads = await app.QueryAsync(db => db.ReceivedUpdates.CountAsync(u => u.Status == UpdateStatus.Handled && u.Payload != null));
        output.WriteLine(
            $"{clients.Count} clients; junk chat ids: updates [{string.Join(", ", junkUpdates.Take(10))}] clients [{string.Join(", ", junkClients.Take(10))}]");

        // Still alive and still answering.
        using var health = await app.Client.GetAsync(new Uri("/healthz", UriKind.Relative));
        var family = bot.NewFamily(TimeSpan.FromSeconds(30));
        await family.SayAsync("/start");
        var consent = await family.PressAsync("consent:yes");
        var whatsApp = new WhatsAppFamily(app, bot.Graph, WhatsAppFamily.NewNumber(), TimeSpan.FromSeconds(30));
        await whatsApp.SayAsync("/start");
        var whatsAppConsent = await whatsApp.PressAsync("consent:yes");
        using var browser = app.NewClient();
        using var webPost = await browser.PostAsync(new Uri("/chat/messages", UriKind.Relative),
            new StringContent("{\"id\":\"after-campaign\",\"text\":\"/start\"}", Encoding.UTF8, "application/json"));
        var webAnswer = await Poll.UntilAsync(async () => await browser.GetStringAsync(new Uri("/chat/messages", UriKind.Relative)) is var read
            && read.Contains("Privasi Anda", StringComparison.Ordinal) ? read : null, "the privacy notice in the web chat");
        output.WriteLine($"Families answered after {clock.Elapsed.TotalSeconds:0.0} s");

        Assert.Equal(0, serverErrors);
        Assert.True(wrong.IsEmpty, $"{wrong.Count} payload(s) got a status other than 200, 202, 400 or 413:\n{string.Join("\n", wrong.Take(5))}");
        Assert.True(drained.StartsWith("drained", StringComparison.Ordinal), drained);
        Assert.True(failed.Count == 0,
            $"{failed.Count} stored update(s) failed in the handler: {string.Join(", ", failed.Select(f => f.FailureReason).Distinct())}");
        Assert.True(junkUpdates.Count == 0, $"Updates stored for junk chat ids: {string.Join(", ", junkUpdates.Take(10))}");
        Assert.True(junkClients.Count == 0, $"Clients created for junk chat ids: {string.Join(", ", junkClients.Take(10))}");
        Assert.Equal(0, keptPayloads);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Contains("Terima kasih", consent[0].Text);
        Assert.Contains("Terima kasih", whatsApp.TextOf(whatsAppConsent[0]));
        Assert.Equal(HttpStatusCode.Accepted, webPost.StatusCode);
        Assert.NotNull(webAnswer);
        Assert.True(counts.Where(c => c.Key.EndsWith(" 200", StringComparison.Ordinal)).Sum(c => c.Value) > 500,
            "Too few payloads got through the webhooks to test the pipeline.");
        Assert.True(counts.Where(c => c.Key.EndsWith(" 400", StringComparison.Ordinal)).Sum(c => c.Value) > 500,
            "Too few payloads were refused to test the webhooks.");
    }

    [SkippableTheory]
    [InlineData("<script>alert(1)</script> tolong kami", "&lt;script&gt;alert(1)&lt;/script&gt; tolong kami")]
    [InlineData("'; DROP TABLE \"Clients\";-- suami saya", "'; DROP TABLE \"Clients\";-- suami saya")]
    [InlineData("<b>tebal</b> <a href=\"javascript:alert(1)\">x</a> &amp; *md* _it_ [l](tg://user?id=1)", "&lt;b&gt;tebal&lt;/b&gt; &lt;a href=")]
    [InlineData("Suami \u202Eutamem\u202C saya\u200B\u200D\uFEFF marah", "Suami \u202Eutamem\u202C saya")]
    public async Task A_hostile_description_comes_back_escaped_in_the_summary_and_can_be_sent(string description, string expected)
    {
        var family = bot.NewFamily();
        var summary = await family.WalkToSummaryAsync(description);

        var text = summary[^1].Text;
        Assert.Contains(expected, text, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<a ", text, StringComparison.Ordinal);
        Assert.Equal("HTML", summary[^1].ParseMode, ignoreCase: true);
        var done = await family.PressAsync("intake:send");
        Assert.Matches(@"LK3-\d{4}-\d{4}", FamilyChat.ReferenceIn(done));
    }

    [SkippableTheory]
    [InlineData("Suami saya \\u0000 memukul saya")]
    [InlineData("Suami saya \\ud800 memukul saya \\udfff")]
    [InlineData("Suami saya\\u0007\\u001b[31m\\u007f\\u0085\\u2028 memukul saya")]
    public async Task A_description_with_control_characters_or_lone_surrogates_is_refused_or_answered_never_failed(string escapedDescription)
    {
        var family = bot.NewFamily();
        await family.SayAsync("/start");
        await family.PressAsync("consent:yes");
        await family.PressAsync("menu:help");
        await family.PressAsync("category:DomesticViolence");
        await family.PressAsync("recipient:Myself");
        var chatId = family.ChatId.ToString(CultureInfo.InvariantCulture);

        // Written as JSON escapes, as a sender would put them (a C# string cannot carry a lone surrogate to the wire).
        var update = TelegramUpdates.Text(family.ChatId, "PLACEHOLDER").Replace("\"PLACEHOLDER\"", $"\"{escapedDescription}\"", StringComparison.Ordinal);
        var stored = await bot.App.QueryAsync(db => db.ReceivedUpdates.CountAsync(u => u.ChatId == chatId));
        using var response = await bot.App.PostUpdateAsync(update);
        output.WriteLine($"{escapedDescription} → {(int)response.StatusCode}");

        if (response.StatusCode == HttpStatusCode.BadRequest)
        {
            // Refused as not being JSON Telegram writes: then nothing of it is kept.
            Assert.Equal(stored, await bot.App.QueryAsync(db => db.ReceivedUpdates.CountAsync(u => u.ChatId == chatId)));
            return;
        }
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = await family.NextTurnAsync();
        output.WriteLine(string.Join("\n", reply.Select(m => m.Text)));
        Assert.DoesNotContain(reply, m => m.Text.Contains("tidak dapat kami proses", StringComparison.Ordinal));
        var failed = await bot.App.QueryAsync(db => db.ReceivedUpdates.Where(u => u.ChatId == chatId && u.Status == UpdateStatus.Failed)
            .Select(u => u.FailureReason).ToListAsync());
        Assert.True(failed.Count == 0, $"The description was acknowledged with 200 but its turn failed in the handler: {string.Join(", ", failed)}");
    }

    [SkippableTheory]
    [InlineData("wamid.\\u0000")]
    [InlineData("wamid.A\\u0000B")]
    [InlineData("wamid.\\ud800")]
    public async Task A_WhatsApp_message_id_with_a_NUL_or_lone_surrogate_is_acknowledged_or_refused_never_503(string escapedWamid)
    {
        var number = WhatsAppFamily.NewNumber();
        var body = WhatsAppPayloads.Text(number, "/start", wamid: "WAMID-PLACEHOLDER")
            .Json.Replace("WAMID-PLACEHOLDER", escapedWamid, StringComparison.Ordinal);
        using var response = await bot.App.Client.SendAsync(WhatsAppSignature.WebhookRequest(body, BotApp.WhatsAppAppSecret));
        output.WriteLine($"{escapedWamid} → {(int)response.StatusCode}");
        // A 5xx makes Meta deliver the whole notification again and again.
        Assert.Contains((int)response.StatusCode, new[] { 200, 400 });
    }

    /// <summary>Waits until no update is pending and no reply waits to go out; says how it ended.</summary>
    private async Task<string> DrainAsync(TimeSpan limit)
    {
        var deadline = DateTime.UtcNow + limit;
        var pending = 0;
        while (DateTime.UtcNow < deadline)
        {
            pending = await bot.App.QueryAsync(db => db.ReceivedUpdates.CountAsync(u => u.Status == UpdateStatus.Pending));
            if (pending == 0) return "drained";
            await Task.Delay(250);
        }
        return $"{pending} update(s) still pending after {limit.TotalSeconds:0} s";
    }

    private static bool IsChatId(string channel, string chatId) => channel switch
    {
        ChannelNames.Telegram => PositiveNumber().IsMatch(chatId),
        ChannelNames.WhatsApp => chatId.Length <= 20 && PositiveNumber().IsMatch(chatId),
        ChannelNames.Web => chatId.Length == 40 && chatId.All(char.IsAsciiHexDigitLower),
        _ => false,
    };

    private static string Shorten(string text) => text.Length <= 300 ? text : $"{text[..300]}… ({text.Length} chars)";

    [GeneratedRegex("^[1-9][0-9]*$")]
    private static partial Regex PositiveNumber();
}

public sealed class HostilePayloadCampaignTestsOnSqlite(SqliteBotFixture bot, ITestOutputHelper output)
    : HostilePayloadCampaignTests(bot, output), IClassFixture<SqliteBotFixture>;

public sealed class HostilePayloadCampaignTestsOnPostgreSql(PostgreSqlBotFixture bot, ITestOutputHelper output)
    : HostilePayloadCampaignTests(bot, output), IClassFixture<PostgreSqlBotFixture>;

/// <summary>One generated call: its body as bytes, sent with the right secret or signature (or, to the web chat, from <paramref name="Browser"/>).</summary>
public sealed record HostilePayload(string Channel, string Kind, byte[] Body, string? Browser = null)
{
    public string Text => Encoding.UTF8.GetString(Body);

    public HttpRequestMessage Request()
    {
        var content = new ByteArrayContent(Body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        if (Channel == ChannelNames.Telegram)
        {
            var telegram = new HttpRequestMessage(HttpMethod.Post, new Uri("/webhooks/telegram", UriKind.Relative)) { Content = content };
            telegram.Headers.Add(TelegramWebhook.SecretHeader, BotApp.WebhookSecret);
            return telegram;
        }
        if (Channel == ChannelNames.Web)
        {
            var web = new HttpRequestMessage(HttpMethod.Post, new Uri("/chat/messages", UriKind.Relative)) { Content = content };
            web.Headers.Add("Cookie", $"{WebChatIdentity.CookieName}={Browser}");
            return web;
        }
        var whatsApp = new HttpRequestMessage(HttpMethod.Post, new Uri(WhatsAppSignature.WebhookPath, UriKind.Relative)) { Content = content };
        whatsApp.Headers.TryAddWithoutValidation(WhatsAppSignature.HeaderName, WhatsAppSignature.Sign(Body, BotApp.WhatsAppAppSecret));
        return whatsApp;
    }
}

/// <summary>
/// Generates hostile payloads from one <see cref="Random"/>: random JSON, valid updates with fields replaced by wrong
/// types / huge or empty strings / negative ids, hostile texts (control characters, lone surrogates, RTL and zero-width
/// marks, SQL, HTML, Markdown, 1,000 / 5,000 / 100,000 characters), duplicate keys, and broken bytes.
/// Raw JSON tokens (1e400, "\ud800") cannot live in a JsonNode, so they go in as placeholders replaced after writing.
/// </summary>
public sealed class HostilePayloads(Random random)
{
    private static readonly string[] Keys =
    [
        "update_id", "message", "edited_message", "callback_query", "message_id", "from", "chat", "id", "type", "text", "date",
        "is_bot", "first_name", "language_code", "data", "contact", "phone_number", "reply_to_message", "entities", "sticker",
        "object", "entry", "changes", "field", "value", "messaging_product", "metadata", "phone_number_id", "contacts", "wa_id",
        "messages", "statuses", "timestamp", "body", "interactive", "button_reply", "list_reply", "errors", "code", "status",
        "location", "latitude", "longitude", "context", "button", "payload", "__proto__", "constructor", "$type", "",
    ];

    /// <summary>Texts as the contents of a JSON string literal (already escaped), so that escapes a C# string cannot carry reach the wire.</summary>
    private static readonly string[] HostileTexts =
    [
        "'; DROP TABLE \\\"Clients\\\";--", "' OR 1=1; --", "Robert'); DROP TABLE \\\"ReceivedUpdates\\\";--", "1; SELECT pg_sleep(10);--",
        "\\\\'; EXEC xp_cmdshell('dir');--", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
        "<b>tebal</b><a href=\\\"javascript:alert(1)\\\">x</a>",
        "</i></b><tg-spoiler>", "<pre><code class=\\\"language-x\\\">", "&amp;&lt;&gt;&quot;&#39;",
        "*tebal* _miring_ [tautan](tg://user?id=1) `kode` ~coret~ ||spoiler||",
        "\\\\*\\\\_\\\\[\\\\]", "\\u0000", "a\\u0000b", "\\u0001\\u0002\\u0007\\b\\f\\u000b", "\\u001b[31mmerah\\u001b[0m", "\\u007f\\u0085\\u2028\\u2029",
        "\\ud800", "\\udfff", "\\udc00\\ud800", "x\\ud83d", "\\u202eutamem\\u202c", "\\u200f\\u200e\\u061c", "\\u200b\\u200c\\u200d\\ufeff\\u2060",
        "Z\\u0338\\u0322\\u0353a\\u0334l\\u0337g\\u0335o", "😊🙏🏽👨‍👩‍👧‍👦", "/start", "/start\\u0000", "/start@other_bot payload",
        "/", "//", "/START", "/batal", "/menu extra",
        "darurat", "berhenti", "{0}{1}%s%n%x", "${jndi:ldap://x/a}", "null", "NaN", "-1", "0", "99999999999999999999", "   ", "", "\\n\\r\\t",
        "..\\/..\\/etc\\/passwd", "consent:yes", "menu:help", "category:Nonsense", "intake:send",
    ];

    private static long _nextChat = 5_000_000_000;
    private static long _nextNumber = 1_000_000;

    private readonly List<long> _telegramChats = [];
    private readonly List<string> _whatsAppNumbers = [];
    private readonly List<(string Placeholder, string Token)> _raw = [];

    public HostilePayload Telegram()
    {
        var roll = random.Next(100);
        var (kind, json) = roll switch
        {
            < 15 => ("random json", RandomJson()),
            < 55 => ("mutated update", Mutate(ValidTelegram(HostileText()))),
            < 85 => ("hostile text", ValidTelegram(HostileText())),
            _ => ("broken text", Break(ValidTelegram(HostileText()))),
        };
        return Finish(ChannelNames.Telegram, kind, json);
    }

    public HostilePayload WhatsApp()
    {
        var roll = random.Next(100);
        var (kind, json) = roll switch
        {
            < 10 => ("random json", RandomJson()),
            < 15 => ("random entries", $"{{\"object\":\"whatsapp_business_account\",\"entry\":{RandomJson()}}}"),
            < 55 => ("mutated notification", Mutate(ValidWhatsApp(HostileText()))),
            < 85 => ("hostile text", ValidWhatsApp(HostileText())),
            _ => ("broken text", Break(ValidWhatsApp(HostileText()))),
        };
        return Finish(ChannelNames.WhatsApp, kind, json);
    }

    private HostilePayload Finish(string channel, string kind, string json)
    {
        // Latest first: a token made later (random JSON) can hold placeholders made while it was built.
        for (var i = _raw.Count - 1; i >= 0; i--) json = json.Replace($"\"{_raw[i].Placeholder}\"", _raw[i].Token, StringComparison.Ordinal);
        _raw.Clear();
        var bytes = Encoding.UTF8.GetBytes(json);
        if (random.Next(40) == 0)
        {
            // Bytes that are not UTF-8 at all, somewhere in the body.
            var broken = bytes.ToList();
            broken.Insert(random.Next(broken.Count + 1), (byte)(0x80 + random.Next(0x7F)));
            bytes = [.. broken];
            kind += " + invalid utf-8";
        }
        return new HostilePayload(channel, kind, bytes);
    }

    // ---- Texts ---------------------------------------------------------------------------------------------

    /// <summary>A JSON string literal (with its quotes) of a hostile text.</summary>
    private string HostileText() => random.Next(10) switch
    {
        0 => Quoted(new string('x', 1000)),
        1 => Quoted(Repeat(HostileTexts, 5000)),
        2 when random.Next(3) == 0 => Quoted(Repeat(HostileTexts, 100_000)),
        3 => Quoted(string.Concat(Enumerable.Range(0, 3).Select(_ => HostileTexts[random.Next(HostileTexts.Length)]))),
        _ => Quoted(HostileTexts[random.Next(HostileTexts.Length)]),
    };

    private string Repeat(string[] pieces, int length)
    {
        var text = new StringBuilder();
        while (text.Length < length) text.Append(pieces[random.Next(pieces.Length)]).Append(' ');
        return text.ToString();
    }

    private static string Quoted(string escaped) => $"\"{escaped}\"";

    /// <summary>A placeholder string that <see cref="Finish"/> replaces by the raw JSON token.</summary>
    private JsonNode Raw(string token) => JsonValue.Create(Placeholder(token));

    private string Placeholder(string token)
    {
        var placeholder = $"RAW-{_raw.Count}-{random.NextInt64():X}";
        _raw.Add((placeholder, token));
        return placeholder;
    }

    /// <summary>Puts the hostile text where a builder wrote "PLACEHOLDER", as a placeholder, so that mutations can parse the JSON.</summary>
    private string WithText(string json, string text) => json.Replace("\"PLACEHOLDER\"", $"\"{Placeholder(text)}\"", StringComparison.Ordinal);

    // ---- Valid payloads --------------------------------------------------------------------------------------

    private long TelegramChat()
    {
        if (_telegramChats.Count < 150 || random.Next(4) == 0) _telegramChats.Add(Interlocked.Increment(ref _nextChat));
        return _telegramChats[random.Next(_telegramChats.Count)];
    }

    private string WhatsAppNumber()
    {
        if (_whatsAppNumbers.Count < 150 || random.Next(4) == 0) _whatsAppNumbers.Add($"62899{Interlocked.Increment(ref _nextNumber):D7}");
        return _whatsAppNumbers[random.Next(_whatsAppNumbers.Count)];
    }

    private string ValidTelegram(string text)
    {
        var chat = TelegramChat();
        var json = random.Next(6) switch
        {
            0 => TelegramUpdates.Callback(chat, "PLACEHOLDER"),
            1 => TelegramUpdates.ReplyTo(chat, random.Next(1, 1000), "PLACEHOLDER"),
            2 => TelegramUpdates.Contact(chat, "PLACEHOLDER"),
            3 => TelegramUpdates.Sticker(chat),
            _ => TelegramUpdates.Text(chat, "PLACEHOLDER"),
        };
        return WithText(json, text);
    }

    private string ValidWhatsApp(string text)
    {
        var number = WhatsAppNumber();
        WebhookPayload payload = random.Next(10) switch
        {
            0 => WhatsAppPayloads.ButtonReply(number, "PLACEHOLDER", "PLACEHOLDER"),
            1 => WhatsAppPayloads.ListReply(number, "PLACEHOLDER", "PLACEHOLDER", "PLACEHOLDER"),
            2 => WhatsAppPayloads.Contacts(number, "PLACEHOLDER"),
            3 => WhatsAppPayloads.Location(number, -0.1, 117.5, "PLACEHOLDER", "PLACEHOLDER"),
            4 => WhatsAppPayloads.Image(number, "PLACEHOLDER"),
            5 => WhatsAppPayloads.Status(number, "wamid.PLACEHOLDER", random.Next(2) == 0 ? "failed" : "read", errorCode: 131047),
            6 => WhatsAppPayloads.Batch(WhatsAppPayloads.Text(number, "PLACEHOLDER"), WhatsAppPayloads.Text(WhatsAppNumber(), "PLACEHOLDER")),
            _ => WhatsAppPayloads.Text(number, "PLACEHOLDER", name: "PLACEHOLDER"),
        };
        return WithText(payload.Json, text).Replace("PLACEHOLDER", "X", StringComparison.Ordinal);
    }

    // ---- Mutations -----------------------------------------------------------------------------------------

    /// <summary>One to three fields (at any depth) replaced by a hostile value, sometimes removed, sometimes a wrapper added.</summary>
    private string Mutate(string json)
    {
        JsonNode root;
        try
        {
            root = JsonNode.Parse(json)!;
        }
        catch (System.Text.Json.JsonException)
        {
            return json; // already broken by a hostile text on purpose
        }
        for (var n = random.Next(1, 4); n > 0; n--)
        {
            var slots = new List<(JsonNode Parent, string? Key, int Index)>();
            Collect(root, slots);
            if (slots.Count == 0) break;
            var (parent, key, index) = slots[random.Next(slots.Count)];
            var roll = random.Next(10);
            if (parent is JsonObject obj && key is not null)
            {
                if (roll == 0) obj.Remove(key);
                else obj[key] = HostileValue();
            }
            else if (parent is JsonArray array)
            {
                if (roll == 0) array.RemoveAt(index);
                else if (roll == 1) array.Add(HostileValue());
                else array[index] = HostileValue();
            }
        }
        return root.ToJsonString();
    }

    private static void Collect(JsonNode node, List<(JsonNode, string?, int)> slots)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, child) in obj.ToList())
                {
                    slots.Add((obj, key, -1));
                    if (child is not null) Collect(child, slots);
                }
                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    slots.Add((array, null, i));
                    if (array[i] is { } child) Collect(child, slots);
                }
                break;
        }
    }

    /// <summary>A wrong type, an extreme number, an empty or huge or hostile string, a negative id, or random structure.</summary>
    private JsonNode? HostileValue() => random.Next(22) switch
    {
        0 => null,
        1 => JsonValue.Create(random.Next(2) == 0),
        2 => JsonValue.Create(-random.Next(1, 1_000_000)),
        3 => JsonValue.Create(0),
        4 => JsonValue.Create(long.MaxValue),
        5 => JsonValue.Create(long.MinValue),
        6 => Raw("18446744073709551616"),
        7 => Raw("1e400"),
        8 => Raw("-1e-400"),
        9 => JsonValue.Create(1.5),
        10 => JsonValue.Create(""),
        11 => JsonValue.Create(new string('9', 30)),
        12 => JsonValue.Create("-42"),
        13 => new JsonArray(),
        14 => new JsonObject(),
        15 => new JsonArray(JsonValue.Create(1), JsonValue.Create("dua"), null),
        16 => Raw(HostileText()),
        17 => Raw(HostileText()),
        18 => JsonValue.Create(random.Next(2) == 0 ? "private" : "supergroup"),
        19 => Raw(RandomJson()),
        20 => JsonValue.Create(random.NextInt64(1, 10_000_000_000).ToString(CultureInfo.InvariantCulture)),
        _ => JsonValue.Create(-random.NextInt64(1, long.MaxValue)),
    };

    /// <summary>Text-level breakage: truncation, duplicate keys, bad escapes, raw control characters, a BOM, deep nesting.</summary>
    private string Break(string json) => random.Next(9) switch
    {
        0 => json[..random.Next(json.Length)],
        1 => DuplicateKey(json),
        2 => DuplicateKey(DuplicateKey(json)),
        3 => json.Insert(Math.Max(1, json.IndexOf(':', StringComparison.Ordinal) + 1), "\"\\x41\","),
        4 => json.Replace("\"text\":\"", "\"text\":\"\u0001\u0000\n", StringComparison.Ordinal)
            .Replace("\"body\":\"", "\"body\":\"\u0000\t", StringComparison.Ordinal),
        5 => "\uFEFF" + json,
        6 => json + random.Next(3) switch { 0 => "}", 1 => "{\"x\":1}", _ => "\n\n" },
        7 => json.Replace(",", ",,", StringComparison.Ordinal),
        _ => json.Replace("}", ",}", StringComparison.Ordinal),
    };

    /// <summary>Repeats a key inside its object with another value, as a sloppy or hostile sender might.</summary>
    private string DuplicateKey(string json)
    {
        string[] keys = ["\"update_id\":", "\"id\":", "\"text\":", "\"chat\":", "\"from\":",
            "\"body\":", "\"type\":", "\"messages\":", "\"phone_number_id\":", "\"object\":"];
        var key = keys[random.Next(keys.Length)];
        var at = json.IndexOf(key, StringComparison.Ordinal);
        if (at < 0) return json;
        var value = random.Next(4) switch
        {
            0 => "null",
            1 => "-7",
            2 => "\"duplikat\"",
            _ => "{\"id\":-1,\"type\":\"private\"}",
        };
        return json.Insert(at, $"{key}{value},");
    }

    // ---- Random structure ----------------------------------------------------------------------------------

    private string RandomJson()
    {
        if (random.Next(25) == 0)
        {
            var depth = random.Next(2) == 0 ? 70 : 5000;
            return random.Next(2) == 0
                ? new string('[', depth) + new string(']', depth)
                : string.Concat(Enumerable.Repeat("{\"message\":", depth)) + "1" + new string('}', depth);
        }
        var node = RandomNode(0);
        var json = node?.ToJsonString() ?? "null";
        return json;
    }

    private JsonNode? RandomNode(int depth)
    {
        var roll = random.Next(depth >= 5 ? 9 : 13);
        switch (roll)
        {
            case 0: return null;
            case 1: return JsonValue.Create(random.Next(2) == 0);
            case 2: return JsonValue.Create(random.NextInt64(long.MinValue, long.MaxValue));
            case 3: return JsonValue.Create(random.NextDouble() * Math.Pow(10, random.Next(-20, 300)));
            case 4: return Raw(random.Next(2) == 0 ? "1e400" : "123456789012345678901234567890");
            case 5: return JsonValue.Create(random.Next(1, 2_000_000));
            case 6:
            case 7: return Raw(HostileText());
            case 8: return JsonValue.Create(Keys[random.Next(Keys.Length)]);
            case 9:
            case 10:
                var array = new JsonArray();
                for (var i = random.Next(4); i > 0; i--) array.Add(RandomNode(depth + 1));
                return array;
            default:
                var obj = new JsonObject();
                for (var i = random.Next(1, 6); i > 0; i--) obj[Keys[random.Next(Keys.Length)]] = RandomNode(depth + 1);
                if (depth == 0 && random.Next(2) == 0) obj["update_id"] = JsonValue.Create(TelegramUpdates.NextUpdateId());
                if (depth == 0 && random.Next(3) == 0) obj["object"] = JsonValue.Create("whatsapp_business_account");
                return obj;
        }
    }
}
