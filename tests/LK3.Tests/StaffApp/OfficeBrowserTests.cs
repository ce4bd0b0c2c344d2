using System.Text.Json;
using System.Text.RegularExpressions;
using LK3.Tests.Browser;
using Microsoft.Playwright;

using static Microsoft.Playwright.Assertions;

namespace LK3.Tests.StaffApp;

/// <summary>
/// The staff app as the office uses it, in Debian's Chromium on a phone (390 px) and a desktop (1280 px): no page scrolls
/// sideways, the menu folds away on a phone, and a counsellor without Telegram takes a new case and answers a family who
/// reads it in the web chat.
/// </summary>
public sealed class OfficeBrowserTests(OfficeFixture office) : IClassFixture<OfficeFixture>
{
    public static readonly TheoryData<int> Widths = new() { 390, 1280 };

    [SkippableTheory]
    [MemberData(nameof(Widths))]
    public async Task No_page_of_the_staff_app_scrolls_sideways(int width)
    {
        office.SkipIfUnavailable();
        await using var staff = await office.NewStaffAsync(width);
        var page = staff.Page;

        await page.GotoAsync("/masuk");
        await AssertFitsAsync(page, width);
        await OfficeFixture.SignInAsync(page, OfficeFixture.AdminEmail, OfficeFixture.AdminPassword);
        var topic = await FirstHrefAsync(page, "/konten", "main a[href^='/konten/']");
        var account = await FirstHrefAsync(page, "/akun", "main a[href^='/akun/']:not([href='/akun/baru'])");
        foreach (var path in new[]
        {
            "/kasus", $"/kasus/{office.ConversationCase}", $"/kasus/{office.UrgentCase}", $"/kasus/{office.UnheldCase}", $"/kasus/{office.HerCases[7]}",
            $"/kasus/{office.ConversationCase}/hapus", "/tawaran", "/konselor", "/konselor/baru", $"/konselor/{office.RahmawatiId}", "/konten", topic,
            "/balasan-cepat", "/siaran", "/siaran/baru", $"/siaran/{office.BroadcastId}", "/angka", "/akun", "/akun/baru", account, "/audit", "/ditolak",
        })
        {
            await page.GotoAsync(path);
            await AssertFitsAsync(page, width);
        }

        // A counsellor's own pages: her queue of ten, her offers, a case she works on.
        if (width < 600) await page.GetByRole(AriaRole.Button, new() { Name = "Menu" }).ClickAsync(); // Keluar sits in the folded menu
        await page.GetByRole(AriaRole.Button, new() { Name = "Keluar", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/masuk$"));
        await OfficeFixture.SignInAsync(page, OfficeFixture.CounsellorEmail, OfficeFixture.StaffPassword);
        foreach (var path in new[] { "/kasus", "/tawaran", $"/kasus/{office.ConversationCase}", $"/kasus/{office.HerCases[7]}" })
        {
            await page.GotoAsync(path);
            await AssertFitsAsync(page, width);
        }
        staff.AssertNoPageErrors();
    }

    [SkippableTheory]
    [MemberData(nameof(Widths))]
    public async Task The_queue_answers_who_needs_me_now(int width)
    {
        office.SkipIfUnavailable();
        await using var staff = await office.NewStaffAsync(width);
        var page = staff.Page;
        await OfficeFixture.SignInAsync(page, OfficeFixture.CounsellorEmail, OfficeFixture.StaffPassword);

        var rows = page.Locator("table.queue tbody tr");
        foreach (var reference in office.HerCases) await Expect(rows.GetByRole(AriaRole.Link, new() { Name = reference, Exact = true })).ToBeVisibleAsync();
        // First the family that waits for a person; each row with its wait, its story's first line, and what came since the last reply.
        await Expect(rows.First).ToHaveClassAsync(new Regex("wants-person"));
        var conversation = rows.Filter(new() { Has = page.GetByRole(AriaRole.Link, new() { Name = office.ConversationCase }) });
        await Expect(conversation.Locator(".badge.unread")).ToHaveTextAsync("1 pesan baru");
        await Expect(conversation.Locator(".story")).ToHaveTextAsync("Saya dan suami sering bertengkar soal uang belanja, anak-anak jadi takut di rumah.");
        await Expect(conversation.Locator("td[data-label='Menunggu']")).ToHaveTextAsync(new Regex(@"^\d+ (hari|jam|menit)"));
        await Expect(conversation.Locator("td[data-label='Masuk']")).ToContainTextAsync(new Regex(@"\d{2}/\d{2}/\d{4} \d{2}\.\d{2} WITA"));
        await Expect(conversation.Locator("td[data-label='Masuk']")).ToContainTextAsync("Telegram");
        var answered = rows.Filter(new() { Has = page.GetByRole(AriaRole.Link, new() { Name = office.HerCases[1] }) });
        await Expect(answered.Locator(".badge.unread")).ToHaveCountAsync(0);
        await Expect(answered.Locator("td[data-label='Menunggu']")).ToHaveTextAsync("—");
        if (width < 600)
        {
            // A card per case, each value with its label.
            Assert.Equal("block", await rows.First.EvaluateAsync<string>("e => getComputedStyle(e).display"));
            var label = await conversation.Locator("td[data-label='Menunggu']").EvaluateAsync<string>("e => getComputedStyle(e, '::before').content");
            Assert.Equal("\"Menunggu: \"", label);
        }
        else
        {
            await Expect(page.Locator("table.queue thead th")).ToHaveTextAsync(["Kasus", "Menunggu", "Tahap", "Masalah", "Masuk"]);
        }
        staff.AssertNoPageErrors();
    }

    [SkippableFact]
    public async Task On_a_phone_the_menu_folds_away_fields_read_in_regular_weight_and_destructive_buttons_are_red()
    {
        office.SkipIfUnavailable();
        await using var staff = await office.NewStaffAsync(390);
        var page = staff.Page;
        await OfficeFixture.SignInAsync(page, OfficeFixture.AdminEmail, OfficeFixture.AdminPassword);

        var menu = page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" });
        await Expect(menu).ToBeHiddenAsync();
        var toggle = page.GetByRole(AriaRole.Button, new() { Name = "Menu" });
        await Expect(toggle).ToHaveAttributeAsync("aria-expanded", "false");
        var header = await page.Locator("header.bar").BoundingBoxAsync();
        Assert.True(header!.Height < 70, $"The bar takes {header.Height} px of the phone's 844.");
        await toggle.ClickAsync();
        await Expect(toggle).ToHaveAttributeAsync("aria-expanded", "true");
        await menu.GetByRole(AriaRole.Link, new() { Name = "Konselor", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/konselor$"));
        await Expect(menu).ToBeHiddenAsync();

        await page.GotoAsync("/konselor/baru");
        var boxes = await page.Locator("main input[type=checkbox]").EvaluateAllAsync<double[]>("es => es.map(e => e.getBoundingClientRect().height)");
        Assert.NotEmpty(boxes);
        Assert.All(boxes, h => Assert.True(h >= 20, $"A checkbox {h} px high is hard to hit with a thumb."));

        await page.GotoAsync($"/kasus/{office.ConversationCase}");
        // Every button is big enough for a thumb (about 44 px).
        var buttons = await page.Locator("main button:visible, main a.button:visible").EvaluateAllAsync<double[]>(
            "es => es.map(e => e.getBoundingClientRect().height)");
        Assert.All(buttons, h => Assert.True(h >= 44, $"A button {h} px high is hard to hit with a thumb."));
        Assert.Equal("400", await page.GetByLabel("Catatan baru").EvaluateAsync<string>("e => getComputedStyle(e).fontWeight"));
        var erase = page.GetByRole(AriaRole.Link, new() { Name = $"Hapus data keluarga {office.ConversationCase}" });
        Assert.Equal("rgb(179, 38, 30)", await erase.EvaluateAsync<string>("e => getComputedStyle(e).color"));
        // The family first: the story and the conversation come before the steps, the erasure last of all.
        var order = await page.Locator("main h2").AllTextContentsAsync();
        Assert.Equal(["Cerita keluarga", "Percakapan", "Langkah berikutnya"], order.Take(3));
        Assert.Equal("Hapus data keluarga", order[^1]);
        await erase.ClickAsync();
        var confirm = page.GetByRole(AriaRole.Button, new() { Name = $"Ya, hapus data keluarga {office.ConversationCase}" });
        Assert.Equal("rgb(179, 38, 30)", await confirm.EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor"));
        await page.GetByRole(AriaRole.Link, new() { Name = "Batal" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/kasus/{office.ConversationCase}$"));

        await Expect(page.GetByLabel("Tanggal tindak lanjut")).ToBeVisibleAsync(); // the follow-up's date says what it is
        await Expect(page.GetByLabel("Serahkan ke konselor")).ToHaveValueAsync(""); // "— pilih —": nobody preselected

        await page.GotoAsync("/angka");
        var median = page.Locator("dt", new() { HasText = "Median sampai kontak pertama" }).Locator("xpath=following-sibling::dd[1]");
        await Expect(median).ToHaveTextAsync(new Regex(@"^\d+(,\d)? jam \(\d+ kasus\)$")); // "0,5 jam", never "0.5 jam"

        await page.GotoAsync("/siaran/baru");
        var preview = page.GetByRole(AriaRole.Button, new() { Name = "Pratinjau" });
        Assert.Equal("rgb(255, 255, 255)", await preview.EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor")); // outlined
        staff.AssertNoPageErrors();
    }

    [SkippableTheory]
    [MemberData(nameof(Widths))]
    public async Task A_counsellor_without_telegram_accepts_a_new_case_in_the_web_app_and_replies_and_the_family_reads_it_in_the_web_chat(int width)
    {
        office.SkipIfUnavailable();
        await using var family = await office.NewFamilyAsync();
        var chat = family.Page;
        await chat.GotoAsync("/chat");
        await chat.GetByRole(AriaRole.Button, new() { Name = "Mulai percakapan", Exact = true }).ClickAsync();
        await family.PressAsync("Ya, saya setuju");
        await family.PressAsync("Minta bantuan");
        await family.PressAsync("Masalah remaja");
        await family.PressAsync("Anak saya");
        await family.SayAsync($"Anak kami ({width}) tidak mau bicara dengan kami sejak kelas 9.");
        await family.PressAsync("Bontang Selatan");
        await family.PressAsync("Lewat chat ini");
        await family.PressAsync("Tidak");
        await family.PressAsync("Kirim");
        var referenceElement = family.Bot.Locator("strong").Filter(new() { HasTextRegex = new Regex(@"^LK3-\d{4}-\d{4}$") }).First;
        var reference = (await referenceElement.TextContentAsync())!;

        await using var staff = await office.NewStaffAsync(width);
        var page = staff.Page;
        await OfficeFixture.SignInAsync(page, OfficeFixture.CounsellorEmail, OfficeFixture.StaffPassword);
        // The new offer, on top of the first page she opens, its window counting down.
        var offer = page.Locator($"section.offers li.offer[data-reference='{reference}']");
        await Expect(offer).ToBeVisibleAsync();
        await Expect(offer.Locator("time.remaining")).ToHaveTextAsync(new Regex(@"^sisa (\d+ hari \d+ jam|\d+ jam \d+ menit)$")); // four office hours
        await Expect(offer).ToContainTextAsync(new Regex(@"Jawab sebelum \d{2}/\d{2}/\d{4} \d{2}\.\d{2} WITA"));
        await offer.GetByRole(AriaRole.Button, new() { Name = $"Terima kasus {reference}" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex($"/kasus/{reference}$"));
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"Kasus {reference} sekarang Anda tangani.");
        await Expect(family.Bot.Last).ToContainTextAsync("Bu Rahmawati");

        var answer = $"Selamat sore, Bu. Saya Rahmawati dari LK3; besok pagi saya telepon lewat chat ini ({width}).";
        await page.GetByLabel("Balas keluarga").FillAsync(answer);
        await page.GetByRole(AriaRole.Button, new() { Name = "Kirim pesan", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Pesan dikirim kepada keluarga.");
        await Expect(page.Locator("ol.transcript li.counsellor .text").Last).ToHaveTextAsync(answer);

        var received = family.Bot.Filter(new() { HasText = answer });
        await Expect(received).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await Expect(received.Locator("strong").First).ToHaveTextAsync("Konselor LK3 (Bu Rahmawati):");
        await AssertFitsAsync(page, width);
        staff.AssertNoPageErrors();
        family.AssertNoPageErrors();
    }

    /// <summary>
    /// docs/screenshots/: the web chat, a counsellor's queue and case page, and the figures, on a phone and a desktop, made from
    /// the app as it is every time the tests run, so they never go stale.
    /// </summary>
    [SkippableTheory]
    [MemberData(nameof(Widths))]
    public async Task The_screenshots_in_the_docs_are_taken_from_the_app_as_it_is(int width)
    {
        office.SkipIfUnavailable();
        var folder = Directory.CreateDirectory(Path.Combine(Repository.Root, "docs", "screenshots")).FullName;

        await using (var family = await office.NewFamilyAsync(width))
        {
            await family.Page.GotoAsync("/chat");
            await family.Page.GetByRole(AriaRole.Button, new() { Name = "Mulai percakapan", Exact = true }).ClickAsync();
            await family.PressAsync("Ya, saya setuju");
            await family.PressAsync("Minta bantuan");
            await family.PressAsync("Anak & pengasuhan");
            await family.PressAsync("Anak saya");
            await family.SayAsync("Anak saya sering menangis dan tidak mau berangkat sekolah sejak ayahnya merantau.");
            await Expect(family.Choice("Bontang Utara")).ToBeVisibleAsync();
            await ShootAsync(family.Page, folder, $"web-chat-{width}.png");
        }

        await using var staff = await office.NewStaffAsync(width);
        var page = staff.Page;
        await OfficeFixture.SignInAsync(page, OfficeFixture.CounsellorEmail, OfficeFixture.StaffPassword);
        await ShootAsync(page, folder, $"queue-{width}.png");
        await page.GotoAsync($"/kasus/{office.ConversationCase}");
        await ShootAsync(page, folder, $"case-{width}.png");
        await page.Context.ClearCookiesAsync(); // signed out: the supervisor signs in
        await OfficeFixture.SignInAsync(page, OfficeFixture.SupervisorEmail, OfficeFixture.StaffPassword);
        await page.GotoAsync("/angka");
        await ShootAsync(page, folder, $"figures-{width}.png");
        staff.AssertNoPageErrors();
    }

    private static async Task ShootAsync(IPage page, string folder, string name)
    {
        await page.EvaluateAsync("() => document.fonts.ready");
        var path = Path.Combine(folder, name);
        await page.ScreenshotAsync(new() { Path = path, Animations = ScreenshotAnimations.Disabled });
        Assert.True(new FileInfo(path).Length > 10_000, $"{name} looks empty.");
    }

    /// <summary>The page is no wider than the screen: nothing scrolls sideways. On failure, names what sticks out.</summary>
    private static async Task AssertFitsAsync(IPage page, int width)
    {
        var fit = await page.EvaluateAsync<JsonElement>("""
            () => {
              const width = document.documentElement.clientWidth;
              const out = [...document.querySelectorAll("body *")]
                .filter(e => e.getBoundingClientRect().right > width + 1)
                .slice(0, 5)
                .map(e => `${e.tagName.toLowerCase()}.${e.className} "${(e.textContent || "").trim().slice(0, 40)}"`);
              return { scroll: document.documentElement.scrollWidth, width, out };
            }
            """);
        var scroll = fit.GetProperty("scroll").GetInt32();
        Assert.True(scroll <= width, $"{page.Url} is {scroll} px wide on a {width} px screen; sticking out: {fit.GetProperty("out")}");
    }

    private static async Task<string> FirstHrefAsync(IPage page, string path, string selector)
    {
        await page.GotoAsync(path);
        return (await page.Locator(selector).First.GetAttributeAsync("href"))!;
    }
}
