using LK3.Bot.Data;
using LK3.Intake.Cases;
using LK3.Tests.EndToEnd;
using LK3.Tests.Telegram;
using LK3.Tests.WhatsApp;

namespace LK3.Tests.Privacy;

/// <summary>What families write, their names and numbers never reach the logs, at any level.</summary>
public sealed class LogPrivacyTests : IAsyncLifetime
{
    private const string Story = "RahasiaKeluarga: suami saya memukul saya";
    private const string Phone = "0812-7777-6543";

    private readonly TestDatabase _database = TestDatabase.Create(DatabaseProvider.Sqlite);
    private readonly CapturedLogs _logs = new();
    private BotApiDouble _api = null!;
    private GraphApiDouble _graph = null!;
    private BotApp _app = null!;

    public async Task InitializeAsync()
    {
        _api = await BotApiDouble.StartAsync();
        _graph = await GraphApiDouble.StartAsync();
        _app = BotApp.Start(_api, _database, whatsApp: _graph, logs: _logs);
    }

    [Fact]
    public async Task A_whole_intake_on_telegram_and_whatsapp_leaves_no_text_name_number_or_chat_id_in_the_logs()
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

        Assert.NotEmpty(_logs.Lines);
        var forbidden = new[] { "RahasiaKeluarga", "77776543", "7777-6543", "Pengguna Uji", telegram.ChatId.ToString(), whatsApp.Number, "wamid." };
        var leaks = _logs.Lines.Where(line => forbidden.Any(word => line.Contains(word, StringComparison.OrdinalIgnoreCase))).ToList();
        Assert.True(leaks.Count == 0, "Personal data in the logs:\n" + string.Join("\n", leaks.Take(10)));
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _api.DisposeAsync();
        await _graph.DisposeAsync();
        await _database.DisposeAsync();
    }
}
