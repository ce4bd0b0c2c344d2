using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using LK3.Bot.Data;
using LK3.Intake.Cases;
using LK3.Tests.EndToEnd;
using LK3.Tests.Telegram;
using LK3.Tests.Telemetry;
using LK3.Tests.WhatsApp;

namespace LK3.Tests.Privacy;

/// <summary>
/// What families write, their names, numbers and chat ids never reach the logs (at any level), the metrics (/metrics and
/// OTLP) or the traces (every span's attributes, and what OTLP exports); nor do the bot's token and WhatsApp's access token. Alone, after the tests
/// that run in parallel: spans and meters are seen in the whole process, and only this app's are to be read here.
/// </summary>
[Collection(nameof(Telemetry.TelemetryTests))]
public sealed class LogPrivacyTests : IAsyncLifetime
{
    private const string Story = "RahasiaKeluarga: suami saya memukul saya";
    private const string Phone = "0812-7777-6543";

    private readonly TestDatabase _database = TestDatabase.Create(DatabaseProvider.Sqlite);
    private readonly CapturedLogs _logs = new();
    private BotApiDouble _api = null!;
    private GraphApiDouble _graph = null!;
    private readonly ConcurrentQueue<string> _spans = new();
    private OtlpCollectorDouble _collector = null!;
    private ActivityListener _listener = null!;
    private BotApp _app = null!;

    public async Task InitializeAsync()
    {
        _api = await BotApiDouble.StartAsync();
        _graph = await GraphApiDouble.StartAsync();
        _collector = await OtlpCollectorDouble.StartAsync();
        // Every span's name and attributes, as any trace exporter would see them.
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name is "LK3.Bot" or "Microsoft.AspNetCore" or "System.Net.Http",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity => _spans.Enqueue($"{activity.DisplayName} {string.Join(" ", activity.TagObjects.Select(t => $"{t.Key}={t.Value}"))}"),
        };
        ActivitySource.AddActivityListener(_listener);
        _app = BotApp.Start(_api, _database, whatsApp: _graph, logs: _logs, settings: new Dictionary<string, string>
        {
            ["Telemetry:OtlpEndpoint"] = _collector.Address.ToString(),
            ["Telemetry:ScrapeToken"] = TelemetryTests.ScrapeToken,
            ["OTEL_METRIC_EXPORT_INTERVAL"] = "500",
            ["OTEL_BSP_SCHEDULE_DELAY"] = "200",
            // As an operator looking into a fault would raise it: HttpClient's own logs would write each Bot API address.
            ["Logging:LogLevel:System.Net.Http.HttpClient"] = "Trace",
        });
    }

    [Fact]
    public async Task A_whole_intake_on_telegram_and_whatsapp_leaves_no_text_name_number_chat_id_or_token_in_logs_metrics_or_traces()
    {
        var telegram = new FamilyChat(() => _app, _api, FamilyChat.NewChatId());
        await telegram.WalkToSummaryAsync(description: Story, phone: true);
        await telegram.PressAsync("intake:send");
        var whatsApp = new WhatsAppFamily(_app, _graph, WhatsAppFamily.NewNumber());
        await whatsApp.WalkToSummaryAsync(description: Story);
        await whatsApp.PressAsync("intake:send");
        // A failure path too: a send refused, and bad input.
        _api.FailNextSend(telegram.ChatId, 400, $"Bad Request: chat {telegram.ChatId} {Story}");
        await telegram.SayAsync("/status").ContinueWith(_ => { }, TaskScheduler.Default);
        (await _app.PostUpdateAsync("{\"update_id\": 1, \"message\": {\"text\": \"" + Story + "\"")).Dispose();

        using var scraper = _app.NewClient();
        scraper.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TelemetryTests.ScrapeToken);
        var metrics = await scraper.GetStringAsync("/metrics");
        // OTLP: the traces of the turns and sends, and the bot's metrics.
        await _collector.WaitForAsync("/v1/traces", "lk3.send", TimeSpan.FromSeconds(30));
        await _collector.WaitForAsync("/v1/metrics", "lk3.updates.received", TimeSpan.FromSeconds(30));
        Assert.All(_collector.Exports, e => Assert.Equal("application/x-protobuf", e.ContentType));

        Assert.NotEmpty(_logs.Lines);
        Assert.Contains("lk3_updates_received_total", metrics);
        Assert.Contains(_spans, span => span.StartsWith("lk3.turn", StringComparison.Ordinal));
        // The Bot API's calls are traced, with the token taken out of their address.
        Assert.Contains(_spans, span => span.Contains("/bot{token}/sendMessage", StringComparison.Ordinal));
        var forbidden = new[] { "RahasiaKeluarga", "77776543", "7777-6543", "Pengguna Uji", whatsApp.Number, "wamid.", "TEST-TOKEN", _graph.AccessToken };
        // The chat id, a short number, counts as found alone, not as digits inside another number (a duration of 1.7352487 s).
        var chatId = new Regex($@"(?<!\d){telegram.ChatId}(?!\d)");
        bool Leaks(string text) => chatId.IsMatch(text) || forbidden.Any(word => text.Contains(word, StringComparison.OrdinalIgnoreCase));
        var leaks = _logs.Lines.Select(line => $"log: {line}")
            .Concat(metrics.Split('\n').Select(line => $"/metrics: {line}"))
            .Concat(_spans.Select(span => $"span: {span}"))
            .Concat(_collector.Exports.Select(e => $"OTLP {e.Path}: {Encoding.UTF8.GetString(e.Body)}"))
            .Where(Leaks).ToList();
        Assert.True(leaks.Count == 0, "Personal data or the bot's token in the logs, metrics or traces:\n" + string.Join("\n", leaks.Take(10)));
    }

    public async Task DisposeAsync()
    {
        _listener.Dispose();
        await _app.DisposeAsync();
        await _collector.DisposeAsync();
        await _api.DisposeAsync();
        await _graph.DisposeAsync();
        await _database.DisposeAsync();
    }
}
