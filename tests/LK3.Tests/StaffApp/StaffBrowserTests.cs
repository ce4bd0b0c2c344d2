using System.Text.RegularExpressions;

using LK3.Bot.Data;
using LK3.Intake.Cases;
using LK3.Tests.Browser;
using LK3.Tests.EndToEnd;

using Microsoft.Playwright;

using static Microsoft.Playwright.Assertions;

namespace LK3.Tests.StaffApp;

/// <summary>
/// The staff web app (Razor Pages), driven in Debian's Chromium against the real bot process on SQLite.
/// The case is made the way families make them: an intake through the Telegram webhook.
/// </summary>
public sealed class StaffBrowserTests(StaffBrowserFixture fixture) : IClassFixture<StaffBrowserFixture>
{
    private static readonly Regex PositiveCount = new(@"^\s*[1-9]\d*\s*$");

    [SkippableFact]
    public async Task An_admin_signs_in_opens_a_case_moves_it_one_stage_adds_a_note_and_looks_at_the_figures()
    {
        fixture.SkipIfUnavailable();
        var family = new FamilyChat(() => fixture.Bot, fixture.Api, FamilyChat.NewChatId());
        var reference = await family.SubmitIntakeAsync(ProblemCategory.FamilyConflict);
        Assert.Matches(@"^LK3-\d{4}-\d{4}$", reference);

        await using var staff = await fixture.NewStaffAsync();
        var page = staff.Page;

        // Not signed in: the queue sends the browser to the sign-in page.
        await page.GotoAsync("/kasus");
        await Expect(page).ToHaveURLAsync(new Regex(@"/masuk(\?|$)"));
        await Expect(page).ToHaveTitleAsync("Masuk — LK3 Kota Bontang");
        await page.GetByLabel("E-mail", new() { Exact = true }).FillAsync(StaffBrowserFixture.AdminEmail);
        await page.GetByLabel("Kata sandi", new() { Exact = true }).FillAsync(StaffBrowserFixture.AdminPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Masuk", Exact = true }).ClickAsync();

        // The queue, with the new case in it.
        await Expect(page).ToHaveURLAsync(new Regex(@"/kasus$"));
        var link = page.GetByRole(AriaRole.Link, new() { Name = reference, Exact = true });
        await Expect(link).ToBeVisibleAsync();
        await link.ClickAsync();

        // The case page.
        await Expect(page).ToHaveURLAsync(new Regex($"/kasus/{Regex.Escape(reference)}$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(reference);
        await Expect(page.Locator("p.stage")).ToHaveTextAsync("Tahap: kontak awal");

        // One tap cannot be taken back, so the browser asks first: "no" leaves the case where it was, "yes" moves it.
        var asked = new List<string>();
        var accept = false;
        staff.AnswerDialogs(message =>
        {
            asked.Add(message);
            return accept;
        });
        var advance = page.GetByRole(AriaRole.Button, new() { Name = "Lanjut ke identifikasi kasus", Exact = true });
        await advance.ClickAsync();
        // Read again from the server: a move sent anyway would show now.
        await page.ReloadAsync();
        await Expect(page.Locator("p.stage")).ToHaveTextAsync("Tahap: kontak awal");
        Assert.Single(asked);
        accept = true;
        await advance.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Tahap sekarang: identifikasi kasus.");
        Assert.Equal(2, asked.Count);
        Assert.All(asked, a => Assert.Equal($"Pindahkan {reference} ke tahap identifikasi kasus? Langkah ini tidak bisa dibatalkan.", a));
        await Expect(page.Locator("p.stage")).ToHaveTextAsync("Tahap: identifikasi kasus");
        var timeline = Section(page, "Riwayat tahap").GetByRole(AriaRole.List);
        await Expect(timeline.GetByRole(AriaRole.Listitem)).ToHaveCountAsync(2);
        await Expect(timeline.GetByRole(AriaRole.Listitem).Last).ToContainTextAsync("identifikasi kasus");

        const string note = "Sudah menelepon keluarga; janji temu hari Kamis <b>pagi</b> & sore.";
        await page.GetByLabel("Catatan baru", new() { Exact = true }).FillAsync(note);
        await page.GetByRole(AriaRole.Button, new() { Name = "Simpan catatan", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Catatan disimpan.");
        var notes = Section(page, "Catatan").GetByRole(AriaRole.List);
        await Expect(notes.GetByRole(AriaRole.Listitem)).ToHaveCountAsync(1);
        await Expect(notes.GetByRole(AriaRole.Listitem).Locator(".text")).ToHaveTextAsync(note);
        await Expect(notes.Locator("b")).ToHaveCountAsync(0);

        // The yearly figures, through the menu.
        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Angka tahunan", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/angka$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Angka tahunan");
        var handled = page.Locator("dt", new() { HasText = "Kasus ditangani" }).Locator("xpath=following-sibling::dd[1]");
        await Expect(handled).ToHaveTextAsync(PositiveCount);

        var bar = Section(page, "Per kategori").GetByRole(AriaRole.Listitem)
            .Filter(new() { Has = page.Locator("span", new() { HasTextRegex = new Regex("^Konflik keluarga$") }) });
        await Expect(bar).ToHaveCountAsync(1);
        await Expect(bar.Locator("meter")).ToHaveAttributeAsync("value", PositiveCount);
        await Expect(bar.Locator("span").Last).ToHaveTextAsync(PositiveCount);

        var download = await page.RunAndWaitForDownloadAsync(
            () => page.GetByRole(AriaRole.Link, new() { Name = "Unduh CSV", Exact = true }).ClickAsync());
        Assert.EndsWith(".csv", download.SuggestedFilename, StringComparison.Ordinal);
        var path = await download.PathAsync();
        var lines = await File.ReadAllLinesAsync(path);
        Assert.NotEmpty(lines);
        Assert.Equal("bagian,kunci,label,jumlah", lines[0]);
        Assert.Contains(lines, line => line.Contains("Konflik keluarga", StringComparison.Ordinal));

        staff.AssertNoPageErrors();
    }

    private static ILocator Section(IPage page, string heading) =>
        page.Locator("section").Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = heading, Exact = true }) });
}

/// <summary>One bot process (with the first admin) on a fresh SQLite database and one Chromium.</summary>
public sealed class StaffBrowserFixture() : BotInChromiumFixture("staff browser tests")
{
    public const string AdminEmail = "admin@lk3.example.org";
    public const string AdminPassword = "Rahasia-Uji-2026";

    protected override IDictionary<string, string> BotSettings => new Dictionary<string, string>
    {
        ["Bootstrap__AdminEmail"] = AdminEmail,
        ["Bootstrap__AdminPassword"] = AdminPassword,
    };

    /// <summary>A staff member's browser: a context of its own (no cookie yet), on a desktop screen.</summary>
    public async Task<StaffBrowser> NewStaffAsync()
    {
        var (context, page) = await NewPageAsync(new()
        {
            ViewportSize = new() { Width = 1280, Height = 900 },
            Locale = "id-ID",
            AcceptDownloads = true,
        });
        return new StaffBrowser(context, page);
    }
}

/// <summary>One staff member's browser tab, collecting what the page reports as errors.</summary>
public sealed class StaffBrowser(IBrowserContext context, IPage page) : IAsyncDisposable
{
    private readonly PageErrors _errors = new(page);

    public IPage Page { get; } = page;

    public void AssertNoPageErrors() => _errors.AssertNone();

    public void AnswerDialogs(Func<string, bool> answer) => _errors.AnswerDialogs(answer);

    public async ValueTask DisposeAsync() => await context.CloseAsync();
}
