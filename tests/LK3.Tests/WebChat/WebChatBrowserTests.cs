using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

using LK3.Bot.Data;
using LK3.Intake.Cases;
using LK3.Tests.Browser;

using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

using static Microsoft.Playwright.Assertions;

namespace LK3.Tests.WebChat;

/// <summary>
/// The web chat page at /chat, driven in Debian's Chromium against the real bot process on SQLite.
/// Each test is a family of its own: a fresh browser context, so a cookie (and a chat) of its own.
/// </summary>
public sealed class WebChatBrowserTests(WebChatFixture fixture) : IClassFixture<WebChatFixture>
{
    [SkippableFact]
    public async Task A_family_walks_a_whole_help_intake_in_the_browser_and_gets_a_case_reference()
    {
        fixture.SkipIfUnavailable();
        await using var family = await fixture.NewFamilyAsync();
        var page = family.Page;

        await page.GotoAsync("/chat");
        await Expect(page).ToHaveTitleAsync("LK3 Kota Bontang — Chat");
        await page.GetByRole(AriaRole.Button, new() { Name = "Mulai percakapan", Exact = true }).ClickAsync();
        await Expect(family.Family.Filter(new() { HasText = "Mulai percakapan" })).ToBeVisibleAsync();
        await Expect(family.Log).ToContainTextAsync("Privasi Anda");

        await family.PressAsync("Ya, saya setuju");
        await family.PressAsync("Minta bantuan");
        await family.PressAsync("Konflik keluarga");
        await family.PressAsync("Keluarga saya");

        await Expect(family.Log).ToContainTextAsync("Ceritakan singkat");
        const string description = "Kami sering bertengkar soal uang <script>alert(1)</script> & <b>x</b>";
        await family.SayAsync(description);

        await family.PressAsync("Bontang Selatan");
        await family.PressAsync("Lewat chat ini");
        await family.PressAsync("Tidak");

        // The summary echoes the description inside <i>: shown literally, in an <em>, and no element made of it.
        var summary = family.Bot.Filter(new() { HasText = "Ringkasan permintaan bantuan" }).Last;
        await Expect(summary.Locator("em")).ToHaveTextAsync(description);
        await Expect(family.Log.Locator("script")).ToHaveCountAsync(0);
        await Expect(summary.Locator("strong").First).ToHaveTextAsync("Ringkasan permintaan bantuan");

        await family.PressAsync("Kirim");

        var referenceElement = family.Bot.Locator("strong").Filter(new() { HasTextRegex = new Regex(@"^LK3-\d{4}-\d{4}$") }).First;
        await Expect(referenceElement).ToBeVisibleAsync();
        var text = await referenceElement.TextContentAsync();
        Assert.Matches(@"^LK3-\d{4}-\d{4}$", text);
        Assert.True(CaseReference.TryParse(text, out var reference));

        await using var db = fixture.Database.NewContext();
        var stored = await db.Cases.SingleAsync(c => c.Year == reference.Year && c.Number == reference.Number);
        Assert.Equal(ProblemCategory.FamilyConflict, stored.Category);
        Assert.Equal(HelpRecipient.MyFamily, stored.Recipient);
        Assert.Equal(Kecamatan.BontangSelatan, stored.Kecamatan);
        Assert.Equal(ContactMethod.ThisChat, stored.ContactMethod);
        Assert.StartsWith("pd1:", stored.Description);
        Assert.Equal(description, (await fixture.CaseAsync(text!)).GetProperty("description").GetString());
        Assert.False(stored.Urgent);

        family.AssertNoPageErrors();
    }

    [SkippableFact]
    public async Task What_the_family_types_is_shown_literally_and_the_bots_bold_is_strong()
    {
        fixture.SkipIfUnavailable();
        await using var family = await fixture.NewFamilyAsync();
        var page = family.Page;

        await page.GotoAsync("/chat");
        await page.GetByRole(AriaRole.Button, new() { Name = "Mulai percakapan", Exact = true }).ClickAsync();

        // The greeting's <b>LK3 Kota Bontang</b> is a <strong>, not text with tags in it.
        await Expect(family.Bot.Locator("strong").Filter(new() { HasText = "LK3 Kota Bontang" }).First).ToBeVisibleAsync();
        await Expect(family.Bot.First).Not.ToContainTextAsync("<b>");

        const string typed = "<script>alert(1)</script> & <b>x</b>";
        await family.SayAsync(typed);
        var bubble = family.Family.Last;
        await Expect(bubble.Locator(".text")).ToHaveTextAsync(typed);
        Assert.Equal(0, await bubble.Locator("script, b, strong, i, em").CountAsync());
        Assert.Equal(0, await family.Log.Locator("script, b, i").CountAsync());

        // A reload shows this browser's chat again (the cookie keeps it) and no start button. The bot's turn
        // is complete once the last message is the bot's question with its buttons.
        await Expect(family.Log.Locator(".msg:last-child.bot .choices button:not([disabled])").First).ToBeVisibleAsync();
        var shown = await family.Bot.CountAsync();
        await page.ReloadAsync();
        await Expect(family.Bot).ToHaveCountAsync(shown);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Mulai percakapan", Exact = true })).ToBeHiddenAsync();

        family.AssertNoPageErrors();
    }

    [SkippableFact]
    public async Task A_message_that_cannot_reach_the_server_is_kept_and_sent_again_with_the_same_id()
    {
        fixture.SkipIfUnavailable();
        await using var family = await fixture.NewFamilyAsync();
        var page = family.Page;
        await page.GotoAsync("/chat");
        await page.GetByRole(AriaRole.Button, new() { Name = "Mulai percakapan", Exact = true }).ClickAsync();
        await family.PressAsync("Ya, saya setuju");
        await Expect(family.Choice("Minta bantuan")).ToBeEnabledAsync();

        var posted = new List<string>();
        var failNext = true;
        await page.RouteAsync("**/chat/messages", async route =>
        {
            if (route.Request.Method != "POST")
            {
                await route.FallbackAsync();
                return;
            }
            lock (posted) posted.Add(JsonDocument.Parse(route.Request.PostData!).RootElement.GetProperty("id").GetString()!);
            if (failNext)
            {
                failNext = false;
                await route.AbortAsync("internetdisconnected");
                return;
            }
            await route.FallbackAsync();
        });

        await family.SayAsync("apa itu konseling?");
        var bubble = family.Family.Filter(new() { HasText = "apa itu konseling?" });
        await Expect(bubble).ToContainTextAsync("Pesan belum terkirim.");
        await bubble.GetByRole(AriaRole.Button, new() { Name = "Coba lagi", Exact = true }).ClickAsync();

        await Expect(bubble).Not.ToContainTextAsync("Pesan belum terkirim.");
        await Expect(family.Bot.Last).ToContainTextAsync("psikososial");
        lock (posted)
        {
            Assert.Equal(2, posted.Count);
            Assert.Equal(posted[0], posted[1]);
        }
    }
}

/// <summary>One bot process on a fresh SQLite database and one Chromium, shared by the tests of the class.</summary>
public sealed class WebChatFixture() : BotInChromiumFixture("web chat browser tests")
{
    protected override IDictionary<string, string> BotSettings => new Dictionary<string, string>
    {
        ["Bootstrap__AdminEmail"] = EndToEnd.BotApp.AdminEmail,
        ["Bootstrap__AdminPassword"] = EndToEnd.BotApp.AdminPassword,
    };

    /// <summary>The case as the staff API shows it (the database holds its free texts encrypted).</summary>
    public async Task<JsonElement> CaseAsync(string reference)
    {
        using var client = new HttpClient { BaseAddress = Bot.Address };
        using var token = await client.PostAsJsonAsync("/api/token", new { email = EndToEnd.BotApp.AdminEmail, password = EndToEnd.BotApp.AdminPassword });
        token.EnsureSuccessStatusCode();
        client.DefaultRequestHeaders.Authorization =
            new("Bearer", (await token.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString());
        return await client.GetFromJsonAsync<JsonElement>($"/api/cases/{reference}");
    }
}

/// <summary>One family's browser tab on the web chat, collecting what the page reports as errors.</summary>
public sealed class BrowserFamily(IBrowserContext context, IPage page) : IAsyncDisposable
{
    private readonly PageErrors _errors = new(page);

    public IPage Page { get; } = page;
    public ILocator Log => Page.GetByRole(AriaRole.Log);
    public ILocator Bot => Log.Locator(".msg.bot");
    public ILocator Family => Log.Locator(".msg.family");

    /// <summary>The button the bot offers now (buttons of older messages are disabled).</summary>
    public ILocator Choice(string label) => Log.GetByRole(AriaRole.Button, new() { Name = label, Exact = true, Disabled = false });

    public async Task PressAsync(string label)
    {
        var button = Choice(label);
        await Expect(button).ToHaveCountAsync(1);
        await button.ClickAsync();
        await Expect(Family.Last).ToHaveTextAsync(new Regex(Regex.Escape(label)));
    }

    public async Task SayAsync(string text)
    {
        await Page.GetByRole(AriaRole.Textbox, new() { Name = "Tulis pesan" }).FillAsync(text);
        // The form's own "Kirim", not the bot's button of the same name in the log.
        await Page.Locator("#composer").GetByRole(AriaRole.Button, new() { Name = "Kirim", Exact = true }).ClickAsync();
        await Expect(Family.Last.Locator(".text")).ToHaveTextAsync(text);
    }

    public void AssertNoPageErrors() => _errors.AssertNone();

    public async ValueTask DisposeAsync() => await context.CloseAsync();
}
