using LK3.Bot.Data;
using LK3.Tests.Telegram;
using LK3.Tests.WhatsApp;

namespace LK3.Tests.EndToEnd;

/// <summary>
/// A bot of its own for each test, on a fresh database and a Bot API double: for tests that restart the app,
/// move its clock, or whose counsellors must not meet another test's.
/// </summary>
public abstract class BotPerTest(DatabaseProvider provider) : IAsyncLifetime
{
    protected TestDatabase Database { get; } = TestDatabase.Create(provider);
    protected BotApiDouble Api { get; private set; } = null!;
    protected GraphApiDouble Graph { get; private set; } = null!;
    protected BotApp App { get; private set; } = null!;

    /// <summary>The app's clock; the real one unless a test class takes it in hand.</summary>
    protected virtual TimeProvider? Clock => null;

    /// <summary>Settings of the test class's own, over the usual test settings.</summary>
    protected virtual IReadOnlyDictionary<string, string>? Settings => null;

    public async Task InitializeAsync()
    {
        if (Database.UnavailableReason is not null) return;
        Api = await BotApiDouble.StartAsync();
        Graph = await GraphApiDouble.StartAsync();
        App = Start();
    }

    /// <summary>Stops the app and starts it again on the same database, as a deployment or a crash does.</summary>
    protected async Task RestartAsync()
    {
        await App.DisposeAsync();
        App = Start();
    }

    /// <summary>Stops the app and leaves it stopped, to prepare the database as a dead process left it; <see cref="StartAgain"/> follows.</summary>
    protected Task StopAsync() => App.DisposeAsync().AsTask();

    protected void StartAgain() => App = Start();

    private BotApp Start() => BotApp.Start(Api, Database, time: Clock, whatsApp: Graph, settings: Settings);

    public async Task DisposeAsync()
    {
        if (Database.UnavailableReason is null)
        {
            await App.DisposeAsync();
            await Api.DisposeAsync();
            await Graph.DisposeAsync();
        }
        await Database.DisposeAsync();
    }
}
