using LK3.Bot.Data;
using LK3.Tests.Telegram;
using LK3.Tests.WhatsApp;

namespace LK3.Tests.EndToEnd;

/// <summary>
/// One bot on a fresh database and one Bot API double, shared by the tests of a class; each test uses chats
/// of its own. Subclasses choose the database, so the same tests run on SQLite and on PostgreSQL.
/// </summary>
public abstract class BotFixture(DatabaseProvider provider) : IAsyncLifetime
{
    private BotApiDouble? _api;
    private GraphApiDouble? _graph;
    private BotApp? _app;

    public TestDatabase Database { get; } = TestDatabase.Create(provider);

    public BotApiDouble Api => Ready(_api);
    public GraphApiDouble Graph => Ready(_graph);
    public BotApp App => Ready(_app);

    /// <param name="replyTimeout">How long to wait for the bot's answer: longer where a test loads the machine on purpose.</param>
    public FamilyChat NewFamily(TimeSpan? replyTimeout = null) => new(() => App, Api, FamilyChat.NewChatId(), replyTimeout);

    public WhatsAppFamily NewWhatsAppFamily() => new(App, Graph, WhatsAppFamily.NewNumber());

    public async Task InitializeAsync()
    {
        if (Database.UnavailableReason is not null) return;
        _api = await BotApiDouble.StartAsync();
        _graph = await GraphApiDouble.StartAsync();
        _app = BotApp.Start(_api, Database, whatsApp: _graph);
    }

    public async Task DisposeAsync()
    {
        if (_app is not null) await _app.DisposeAsync();
        if (_api is not null) await _api.DisposeAsync();
        if (_graph is not null) await _graph.DisposeAsync();
        await Database.DisposeAsync();
    }

    private T Ready<T>(T? part) where T : class
    {
        Database.SkipIfUnavailable();
        return part!;
    }
}

public sealed class SqliteBotFixture() : BotFixture(DatabaseProvider.Sqlite);

public sealed class PostgreSqlBotFixture() : BotFixture(DatabaseProvider.PostgreSql);
