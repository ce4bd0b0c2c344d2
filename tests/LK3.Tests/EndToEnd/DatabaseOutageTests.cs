using System.Net;
using LK3.Bot.Data;
using LK3.Tests.Telegram;
using Npgsql;

namespace LK3.Tests.EndToEnd;

/// <summary>A PostgreSQL server that goes away for a few seconds, and comes back.</summary>
public sealed class DatabaseOutageTests : IAsyncLifetime
{
    private readonly TestDatabase _database = TestDatabase.Create(DatabaseProvider.PostgreSql);
    private BotApiDouble _api = null!;
    private TcpProxy _proxy = null!;
    private BotApp _app = null!;

    public async Task InitializeAsync()
    {
        if (_database.UnavailableReason is not null) return;
        _api = await BotApiDouble.StartAsync();
        var server = new NpgsqlConnectionStringBuilder(_database.ConnectionString);
        _proxy = new TcpProxy(new IPEndPoint(IPAddress.Loopback, server.Port));
        server.Port = _proxy.Port;
        _app = BotApp.Start(_api, _database, connectionString: server.ConnectionString);
    }

    public async Task DisposeAsync()
    {
        if (_database.UnavailableReason is null)
        {
            await _app.DisposeAsync();
            await _proxy.DisposeAsync();
            await _api.DisposeAsync();
        }
        await _database.DisposeAsync();
    }

    [SkippableFact]
    public async Task A_message_sent_while_the_database_is_away_is_answered_once_it_is_back()
    {
        _database.SkipIfUnavailable();
        var family = new FamilyChat(() => _app, _api, FamilyChat.NewChatId());
        await family.SayAsync("/start");

        _proxy.Cut();
        var duringOutage = _app.PostUpdateAsync(TelegramUpdates.Callback(family.ChatId, "consent:yes"));
        // The outage lasts until the bot has tried the server again more than once, as during a server restart or a fail-over.
        var refusedAtCut = _proxy.Refused;
        await Poll.UntilTrueAsync(() => Task.FromResult(_proxy.Refused >= refusedAtCut + 3), TimeSpan.FromSeconds(30),
            "the bot to retry the database during the outage");
        Assert.False(duringOutage.IsCompleted, "The update was acknowledged while the database was away.");
        _proxy.Restore();

        // The store was retried until the server answered again, and only then acknowledged.
        using var response = await duringOutage;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var turn = await family.NextTurnAsync();
        Assert.Contains("Terima kasih", turn[0].Text);
        var next = await family.PressAsync("menu:help");
        Assert.Contains(FamilyChat.Buttons(next.Single()), b => b.Data == "category:Economic");
    }

    [SkippableFact]
    public async Task Ready_says_unhealthy_while_the_database_is_away_and_live_stays_healthy()
    {
        _database.SkipIfUnavailable();
        Assert.Equal(HttpStatusCode.OK, (await _app.Client.GetAsync("/healthz/ready")).StatusCode);

        _proxy.Cut();
        try
        {
            using var ready = await _app.Client.GetAsync("/healthz/ready");
            using var live = await _app.Client.GetAsync("/healthz/live");
            Assert.Equal((HttpStatusCode.ServiceUnavailable, "Unhealthy"), (ready.StatusCode, await ready.Content.ReadAsStringAsync()));
            Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        }
        finally
        {
            _proxy.Restore();
        }
        Assert.Equal(HttpStatusCode.OK, (await _app.Client.GetAsync("/healthz/ready")).StatusCode);
    }
}
