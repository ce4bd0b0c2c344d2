using LK3.Bot.Data;
using LK3.Tests.EndToEnd;
using LK3.Tests.Telegram;
using LK3.Tests.WebChat;

using Microsoft.Playwright;

namespace LK3.Tests.Browser;

/// <summary>Debian's Chromium, as the browser tests drive it; no browser is ever downloaded.</summary>
public static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public static bool IsInstalled => File.Exists(ExecutablePath);

    /// <summary>Skips the test when Chromium is not installed; <paramref name="tests"/> names the tests that need it.</summary>
    public static void SkipIfMissing(string tests) =>
        Skip.If(!IsInstalled, $"The {tests} need Debian's Chromium at {ExecutablePath} (apt-get install chromium); no browser is ever downloaded.");

    /// <summary>Chromium headless, without a sandbox, a GPU or any traffic of its own (updates, sync, QUIC).</summary>
    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) => playwright.Chromium.LaunchAsync(new()
    {
        ExecutablePath = ExecutablePath,
        Headless = true,
        Args =
        [
            "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
            "--disable-sync",
        ],
    });
}

/// <summary>One bot process on a fresh SQLite database and one Chromium, shared by the tests of a class.</summary>
/// <param name="tests">What the tests are, for the reason they are skipped without Chromium.</param>
public abstract class BotInChromiumFixture(string tests) : IAsyncLifetime
{
    private BotApiDouble? _api;
    private BotProcess? _bot;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public TestDatabase Database { get; } = TestDatabase.Create(DatabaseProvider.Sqlite);
    public BotApiDouble Api => _api!;
    public BotProcess Bot => _bot!;

    /// <summary>Settings the bot process starts with, beyond those every test bot has.</summary>
    protected virtual IDictionary<string, string>? BotSettings => null;

    public void SkipIfUnavailable() => Chromium.SkipIfMissing(tests);

    public async Task InitializeAsync()
    {
        if (!Chromium.IsInstalled) return;
        _api = await BotApiDouble.StartAsync();
        _bot = await BotProcess.StartAsync(_api, Database, BotSettings);
        _playwright = await Playwright.CreateAsync();
        _browser = await Chromium.LaunchAsync(_playwright);
        await PrepareAsync();
    }

    /// <summary>What the tests of the class share beyond a fresh bot (staff, counsellors, cases), made once the bot is up.</summary>
    protected virtual Task PrepareAsync() => Task.CompletedTask;

    /// <summary>
    /// A new family on the web chat: a browser context of its own (its own cookie), on a phone's screen unless
    /// <paramref name="width"/> says otherwise.
    /// </summary>
    public async Task<BrowserFamily> NewFamilyAsync(int width = 390)
    {
        var (context, page) = await NewPageAsync(new()
        {
            ViewportSize = new() { Width = width, Height = width < 600 ? 844 : 800 },
            Locale = "id-ID",
            HasTouch = width < 600,
        });
        return new BrowserFamily(context, page);
    }

    /// <summary>A browser context of its own (no cookie yet) on the bot, with one page open.</summary>
    protected async Task<(IBrowserContext Context, IPage Page)> NewPageAsync(BrowserNewContextOptions options)
    {
        options.BaseURL = Bot.Address.ToString().TrimEnd('/');
        var context = await _browser!.NewContextAsync(options);
        context.SetDefaultTimeout(15_000);
        return (context, await context.NewPageAsync());
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.CloseAsync();
        _playwright?.Dispose();
        if (_bot is not null) await _bot.DisposeAsync();
        if (_api is not null) await _api.DisposeAsync();
        await Database.DisposeAsync();
    }
}

/// <summary>
/// Collects what a page reports as errors: anything its code throws, console errors (among them what the Content-Security-Policy
/// refuses) and dialogs, which are dismissed, unless the test expects them (<see cref="AnswerDialogs"/>).
/// </summary>
public sealed class PageErrors
{
    private readonly List<string> _errors = [];
    private Func<string, bool>? _answer;

    public PageErrors(IPage page)
    {
        page.PageError += (_, error) => { lock (_errors) _errors.Add(error); };
        page.Console += (_, message) => { if (message.Type == "error") lock (_errors) _errors.Add($"{message.Text} ({message.Location})"); };
        page.Dialog += (_, dialog) =>
        {
            if (_answer is { } answer)
            {
                _ = answer(dialog.Message) ? dialog.AcceptAsync() : dialog.DismissAsync();
                return;
            }
            lock (_errors) _errors.Add($"dialog: {dialog.Message}");
            _ = dialog.DismissAsync();
        };
    }

    /// <summary>From now on dialogs are expected: each message goes to <paramref name="answer"/>, which accepts it with true.</summary>
    public void AnswerDialogs(Func<string, bool> answer) => _answer = answer;

    public void AssertNone()
    {
        lock (_errors) Assert.True(_errors.Count == 0, "The page reported: " + string.Join(" | ", _errors));
    }
}
