using LK3.Tests.Telegram;

namespace LK3.Tests.EndToEnd;

/// <summary>One bot and one Bot API double shared by the tests of a class; each test uses chats of its own.</summary>
public sealed class BotFixture : IAsyncLifetime
{
    private readonly string _databasePath = BotApp.NewDatabasePath();

    public BotApiDouble Api { get; private set; } = null!;
    public BotApp App { get; private set; } = null!;

    public FamilyChat NewFamily() => new(() => App, Api, FamilyChat.NewChatId());

    public async Task InitializeAsync()
    {
        Api = await BotApiDouble.StartAsync();
        App = BotApp.Start(Api, _databasePath);
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await Api.DisposeAsync();
        BotApp.DeleteDatabase(_databasePath);
    }
}
