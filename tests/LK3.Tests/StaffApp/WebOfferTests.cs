using System.Net;
using System.Text.RegularExpressions;
using LK3.Bot.Data;
using LK3.Intake.Cases;
using LK3.Intake.Counsellors;
using LK3.Intake.FollowUps;
using LK3.Intake.Staff;
using LK3.Tests.EndToEnd;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LK3.Tests.StaffApp;

/// <summary>
/// Counsellors who do not use Telegram: offers reach them in the web app, at the top of every page (one line above a case) and in "Tawaran kasus",
/// answered there by the same rules as on Telegram; and a Telegram offer answered or withdrawn says so.
/// </summary>
public abstract partial class WebOfferTests(DatabaseProvider provider) : StaffAppTests(provider)
{
    [SkippableFact]
    public async Task A_counsellor_without_telegram_is_offered_the_case_on_every_page_accepts_it_there_and_the_family_learns_her_display_name()
    {
        Database.SkipIfUnavailable();
        var rahma = await AddCounsellorAsync("Rahmawati Siregar", ProblemCategory.FamilyConflict, telegram: false);
        await AddUserAsync("rahma@lk3.example.org", "Rahmawati", StaffRoles.Counsellor, rahma.Id);
        using var browser = await SignedInAsync("rahma@lk3.example.org");
        Assert.DoesNotContain("ditawarkan kepada Anda", await browser.GetStringAsync("/kasus"));

        var family = new FamilyChat(() => App, Api, FamilyChat.NewChatId());
        var reference = await family.SubmitIntakeAsync(ProblemCategory.FamilyConflict);

        // Nothing on Telegram: the offer waits on top of every page she opens, with its window and its answers.
        Assert.Empty(Api.SentTo(rahma.Chat.ChatId));
        foreach (var page in new[] { "/kasus", "/tawaran" })
        {
            var html = await browser.GetStringAsync(page);
            Assert.Contains($"data-reference=\"{reference}\"", html);
            Assert.Contains($"aria-label=\"Terima kasus {reference}\"", html);
            Assert.Contains($"aria-label=\"Tolak kasus {reference}\"", html);
            Assert.Matches(
                @"Jawab sebelum \d{2}/\d{2}/\d{4} \d{2}\.\d{2} WITA:</span>\s*"
                + @"<time class=""remaining"" datetime=""[^""]+"" data-countdown>sisa 3 jam 59 menit", html);
        }
        Assert.Contains("Kasus baru ditawarkan kepada Anda", await browser.GetStringAsync("/kasus"));
        // Above any other page, one line to the offers, so that a case she is working on stays on the first screen.
        using var elsewhere = await browser.GetAsync("/kasus/LK3-2026-9999");
        var other = await elsewhere.Content.ReadAsStringAsync();
        Assert.Contains("<a href=\"/tawaran\"><strong>1 kasus baru</strong> ditawarkan kepada Anda: jawab di sini</a>", other);
        Assert.DoesNotContain($"data-reference=\"{reference}\"", other);
        Assert.Contains("<span class=\"count\" aria-label=\"1 tawaran baru\">1</span>", await browser.GetStringAsync("/kasus")); // in the menu

        using var accepted = await PostFormAsync(browser, "/tawaran", $"/tawaran?handler=Accept&reference={reference}", []);
        Assert.Equal($"/kasus/{reference}", accepted.Headers.Location?.OriginalString);
        Assert.Contains($"Kasus {reference} sekarang Anda tangani.", await browser.GetStringAsync($"/kasus/{reference}"));

        var told = await family.NextAsync();
        Assert.Contains("<b>Bu Rahmawati</b>", told.Text);
        Assert.Equal(rahma.Id, await CounsellorOfAsync(reference));
        Assert.DoesNotContain("ditawarkan kepada Anda", await browser.GetStringAsync("/kasus"));
        var list = await browser.GetStringAsync("/tawaran");
        Assert.Contains("Tidak ada tawaran kasus saat ini.", list);
        Assert.Matches($@"href=""/kasus/{reference}"">{reference}</a>[\s\S]*?Anda terima \(\d{{2}}/\d{{2}}/\d{{4}} \d{{2}}\.\d{{2}} WITA\)", list);
        Assert.Equal(1, await App.QueryAsync(db => db.AuditEntries.CountAsync(a => a.Action == "offer.accept" && a.UserName == "Rahmawati")));
        Assert.Empty(Api.SentTo(rahma.Chat.ChatId));

        // Answered already (another tab): said plainly, and nothing changes.
        using var again = await PostFormAsync(browser, $"/kasus/{reference}", $"/tawaran?handler=Decline&reference={reference}", []);
        Assert.Contains($"Tawaran kasus {reference} sudah tidak berlaku.", await browser.GetStringAsync("/tawaran"));
        Assert.Equal(rahma.Id, await CounsellorOfAsync(reference));
    }

    [SkippableFact]
    public async Task A_counsellor_on_telegram_too_who_accepts_in_the_web_app_finds_the_telegram_offer_saying_so()
    {
        Database.SkipIfUnavailable();
        var rina = await AddCounsellorAsync("Rina Wulandari", ProblemCategory.Youth);
        await AddUserAsync("rina@lk3.example.org", "Rina", StaffRoles.Counsellor, rina.Id);
        var reference = await new FamilyChat(() => App, Api, FamilyChat.NewChatId()).SubmitIntakeAsync(ProblemCategory.Youth);
        var offer = await rina.Chat.NextAsync();
        Assert.Contains(FamilyChat.Buttons(offer), b => b.Data == $"offer:accept:{reference}");
        using var browser = await SignedInAsync("rina@lk3.example.org");

        using var accepted = await PostFormAsync(browser, "/tawaran", $"/tawaran?handler=Accept&reference={reference}", []);
        Assert.Equal($"/kasus/{reference}", accepted.Headers.Location?.OriginalString);

        var edited = await Api.WaitForEditAsync(rina.Chat.ChatId, offer.MessageId);
        Assert.Contains("Sudah Anda terima</b> pada", edited.Text);
        Assert.Null(edited.ReplyMarkup);
        Assert.Contains("sudah tidak berlaku", await rina.Chat.PressAsync($"offer:accept:{reference}")); // an old button pressed anyway
    }

    [SkippableFact]
    public async Task A_decline_in_the_web_app_passes_the_case_on_and_an_offer_left_unanswered_lapses_both_say_so()
    {
        Database.SkipIfUnavailable();
        var rahma = await AddCounsellorAsync("Rahmawati Siregar", ProblemCategory.Economic, telegram: false);
        var dewi = await AddCounsellorAsync("Dewi Lestari", ProblemCategory.Economic);
        await App.QueryAsync(db => db.Counsellors.Where(c => c.Id == dewi.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.LastAssignedAt, DateTimeOffset.UtcNow)));
        await AddUserAsync("rahma@lk3.example.org", "Rahmawati", StaffRoles.Counsellor, rahma.Id);
        using var browser = await SignedInAsync("rahma@lk3.example.org");
        var reference = await new FamilyChat(() => App, Api, FamilyChat.NewChatId()).SubmitIntakeAsync(ProblemCategory.Economic);

        using var declined = await PostFormAsync(browser, "/kasus", $"/tawaran?handler=Decline&reference={reference}", []);
        Assert.Equal("/tawaran", declined.Headers.Location?.OriginalString);
        Assert.Contains($"Baik, kasus {reference} ditawarkan kepada konselor lain.", await browser.GetStringAsync("/tawaran"));
        Assert.Contains("Anda tolak; ditawarkan kepada konselor lain", await browser.GetStringAsync("/tawaran"));

        // The next counsellor is asked on Telegram; she does not answer in time, and her offer then says so.
        var offer = await dewi.Chat.NextAsync();
        Assert.Contains($"Kasus baru {reference}", offer.Text);
        await RunOfferTimeoutAsync(dewi.Id);
        var lapsed = await Api.WaitForEditAsync(dewi.Chat.ChatId, offer.MessageId);
        Assert.Contains("Tidak dijawab dalam batas waktu", lapsed.Text);
        Assert.Null(lapsed.ReplyMarkup);
        Assert.Null(await CounsellorOfAsync(reference));
        Assert.Contains("<span class=\"badge unheld\">belum ada konselor</span>", await (await SupervisorAsync()).GetStringAsync("/kasus"));
    }

    [SkippableFact]
    public async Task Handing_over_a_case_withdraws_the_telegram_offer_still_open_and_the_offer_says_so()
    {
        Database.SkipIfUnavailable();
        var dewi = await AddCounsellorAsync("Dewi Lestari", ProblemCategory.FamilyConflict);
        var rahma = await AddCounsellorAsync("Rahmawati Siregar", ProblemCategory.Economic, telegram: false);
        var family = new FamilyChat(() => App, Api, FamilyChat.NewChatId());
        var reference = await family.SubmitIntakeAsync(ProblemCategory.FamilyConflict);
        var offer = await dewi.Chat.NextAsync();
        using var hasan = await SupervisorAsync();

        var page = await hasan.GetStringAsync($"/kasus/{reference}");
        Assert.Matches(@"<select name=""counsellorId"" required>\s*<option value="""">— pilih —</option>", page); // nobody preselected
        using var handed = await PostFormAsync(hasan, $"/kasus/{reference}", $"/kasus/{reference}?handler=Reassign",
            new() { ["counsellorId"] = rahma.Id.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, handed.StatusCode);

        var withdrawn = await Api.WaitForEditAsync(dewi.Chat.ChatId, offer.MessageId);
        Assert.Contains("Ditarik</b>: petugas menyerahkan kasus kepada konselor lain.", withdrawn.Text);
        Assert.Null(withdrawn.ReplyMarkup);
        Assert.Contains("<b>Bu Rahmawati</b>", (await family.NextAsync()).Text);
        Assert.Equal(OfferStatus.Withdrawn,
            await App.QueryAsync(db => db.CaseOffers.Where(o => o.CounsellorId == dewi.Id).Select(o => o.Status).SingleAsync()));
        var audit = await App.QueryAsync(db => db.AuditEntries.SingleAsync(a => a.Action == "case.reassign"));
        Assert.Equal("kepada Rahmawati Siregar; sebelumnya belum ada konselor", audit.Details);
    }

    [SkippableFact]
    public async Task The_counsellor_page_says_who_can_receive_offers_and_warns_when_nobody_on_duty_can_take_an_urgent_case()
    {
        Database.SkipIfUnavailable();
        var ani = await AddCounsellorAsync("Ani Rahma", ProblemCategory.FamilyConflict, telegram: false, onDuty: true);
        var rahma = await AddCounsellorAsync("Rahmawati Siregar", ProblemCategory.Economic, telegram: false);
        await AddCounsellorAsync("Dewi Lestari", ProblemCategory.DomesticViolence);
        await AddUserAsync("rahma@lk3.example.org", "Rahmawati", StaffRoles.Counsellor, rahma.Id);
        using var hasan = await SupervisorAsync();

        var page = await hasan.GetStringAsync("/konselor");
        Assert.Equal("TIDAK: belum tertaut Telegram dan tidak punya akun petugas", OffersVia(page, "Ani Rahma"));
        Assert.Equal("ya: aplikasi web", OffersVia(page, "Rahmawati Siregar"));
        Assert.Equal("ya: Telegram", OffersVia(page, "Dewi Lestari"));
        // Ani is on duty, but no offer reaches her: an urgent case would wait.
        Assert.Contains("Tidak ada konselor piket yang bisa menerima kasus mendesak", page);
        Assert.Contains("Konflik keluarga", CategoriesWithoutCounsellor().Match(page).Groups[1].Value);
        Assert.Contains("<strong>Rahmawati</strong>", await hasan.GetStringAsync($"/konselor/{rahma.Id}"));

        await App.QueryAsync(db => db.Counsellors.Where(c => c.Id == rahma.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.OnDuty, true)));
        Assert.DoesNotContain("Tidak ada konselor piket", await hasan.GetStringAsync("/konselor"));

        // A disabled account receives nothing: the page says so, and the urgent case waits rather than go to nobody.
        var rahmaAccount = await App.QueryAsync(db => db.Users.Where(u => u.CounsellorId == rahma.Id).Select(u => u.Id).SingleAsync());
        using var admin = await SignedInAsync(BotApp.AdminEmail, BotApp.AdminPassword);
        using var disabled = await PostFormAsync(admin, $"/akun/{rahmaAccount}", $"/akun/{rahmaAccount}?handler=Disable", []);
        page = await hasan.GetStringAsync("/konselor");
        Assert.Equal("TIDAK: belum tertaut Telegram dan tidak punya akun petugas", OffersVia(page, "Rahmawati Siregar"));
        Assert.Contains("Tidak ada konselor piket", page);
        await new FamilyChat(() => App, Api, FamilyChat.NewChatId()).SubmitIntakeAsync(ProblemCategory.Economic);
        Assert.Equal(0, await App.QueryAsync(db => db.CaseOffers.CountAsync(o => o.CounsellorId == rahma.Id || o.CounsellorId == ani.Id)));
    }

    [SkippableFact]
    public async Task Families_the_bot_could_not_understand_are_highlighted_in_the_queue_until_a_person_answers()
    {
        Database.SkipIfUnavailable();
        var rina = await AddCounsellorAsync("Rina Wulandari", ProblemCategory.FamilyConflict);
        await AddCounsellorAsync("Dewi Lestari", ProblemCategory.Economic);

        // Two messages the bot does not understand: it tells the family a person will answer, and flags the conversation.
        var lost = new FamilyChat(() => App, Api, FamilyChat.NewChatId());
        await lost.SayAsync("/start");
        await lost.PressAsync("consent:yes");
        await lost.SayAsync("qwzx vbnm plk");
        await lost.SayAsync("zzkq wvx jjj");
        Assert.NotNull(await App.QueryAsync(db => db.Conversations.Where(v => db.Clients.Any(k => k.Id == v.ClientId && k.ChatId == lost.ChatId.ToString()))
            .Select(v => v.WantsPersonSince).SingleAsync()));

        // A family with a case, flagged too; and one with a case nobody flagged.
        var (flagged, flaggedFamily) = await AcceptedCaseAsync(rina.Chat, ProblemCategory.FamilyConflict);
        await App.QueryAsync(db => db.Conversations.Where(v => db.Clients.Any(k => k.Id == v.ClientId && k.ChatId == flaggedFamily.ChatId.ToString()))
            .ExecuteUpdateAsync(s => s.SetProperty(v => v.WantsPersonSince, DateTimeOffset.UtcNow.AddMinutes(-30))));
        var unflagged = await new FamilyChat(() => App, Api, FamilyChat.NewChatId()).SubmitIntakeAsync(ProblemCategory.Economic);
        await AddUserAsync("rina@lk3.example.org", "Rina", StaffRoles.Counsellor, rina.Id);

        using var hasan = await SupervisorAsync();
        var queue = await hasan.GetStringAsync("/kasus");
        Assert.Contains("Ingin bicara dengan petugas (belum ada kasus)", queue);
        Assert.Matches(@"<strong>Telegram</strong> \(Bahasa Indonesia\) · sejak \d{2}/\d{2}/\d{4} \d{2}\.\d{2} WITA · menunggu", queue);
        Assert.Matches($@"<tr class=""[^""]*wants-person[^""]*"">\s*<td>\s*<a href=""/kasus/{flagged}"">", queue);
        Assert.True(queue.IndexOf($"/kasus/{flagged}\"", StringComparison.Ordinal) < queue.IndexOf($"/kasus/{unflagged}\"", StringComparison.Ordinal),
            "A family waiting for a person comes before a case that only waits for a counsellor.");
        using var rinaBrowser = await SignedInAsync("rina@lk3.example.org");
        var hers = await rinaBrowser.GetStringAsync("/kasus");
        Assert.DoesNotContain("belum ada kasus", hers); // families without a case are the leads' to see
        Assert.Contains("ingin bicara dengan petugas</span>", hers);

        // Rina answers the family on the case page: the flag goes.
        using var answered = await PostFormAsync(rinaBrowser, $"/kasus/{flagged}", $"/kasus/{flagged}?handler=Reply",
            new() { ["text"] = "Halo Bu, saya Rina dari LK3." });
        Assert.DoesNotContain("ingin bicara dengan petugas</span>", await rinaBrowser.GetStringAsync("/kasus"));

        // The family without a case is taken care of another way: a supervisor marks it, and the audit says so.
        var clientId = await App.QueryAsync(db => db.Clients.Where(k => k.ChatId == lost.ChatId.ToString()).Select(k => k.Id).SingleAsync());
        using var attended = await PostFormAsync(hasan, "/kasus", $"/kasus?handler=Attended&clientId={clientId}", []);
        Assert.Equal(HttpStatusCode.Redirect, attended.StatusCode);
        queue = await hasan.GetStringAsync("/kasus");
        Assert.Contains("Ditandai sudah ditangani.", queue);
        Assert.DoesNotContain("belum ada kasus", queue);
        Assert.Equal("Telegram",
            await App.QueryAsync(db => db.AuditEntries.Where(a => a.Action == "conversation.person-attended").Select(a => a.Details).SingleAsync()));
    }

    private async Task<HttpClient> SupervisorAsync()
    {
        if (!await App.QueryAsync(db => db.Users.AnyAsync(u => u.Email == "hasan@lk3.example.org")))
        {
            await AddUserAsync("hasan@lk3.example.org", "Hasan Basri", StaffRoles.Supervisor);
        }
        return await SignedInAsync("hasan@lk3.example.org");
    }

    /// <summary>The acceptance window of the counsellor's open offer closes, as Hangfire's minutely job would find it.</summary>
    private async Task RunOfferTimeoutAsync(int counsellorId)
    {
        var window = await App.QueryAsync(db => db.FollowUps
            .Where(f => f.Kind == FollowUpKind.OfferTimeout
                && db.CaseOffers.Any(o => o.Id == f.OfferId && o.CounsellorId == counsellorId && o.Status == OfferStatus.Pending))
            .Select(f => f.Id).SingleAsync());
        await using var scope = App.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<FollowUpRunner>().RunAsync(window, CancellationToken.None);
    }

    private Task<int?> CounsellorOfAsync(string reference)
    {
        Assert.True(CaseReference.TryParse(reference, out var parsed));
        return App.QueryAsync(db => db.Cases.WithReference(parsed).Select(c => c.CounsellorId).SingleAsync());
    }

    private static string OffersVia(string page, string name) =>
        Regex.Match(page, $@"<strong>{Regex.Escape(name)}</strong>[\s\S]*?<td data-label=""Menerima tawaran"" class=""offers-via"">([^<]*)</td>")
            .Groups[1].Value;

    [GeneratedRegex(@"Tidak ada konselor yang bisa menerima tawaran untuk: <strong>([^<]*)</strong>")]
    private static partial Regex CategoriesWithoutCounsellor();
}

public sealed class WebOfferTestsOnSqlite() : WebOfferTests(DatabaseProvider.Sqlite);

public sealed class WebOfferTestsOnPostgreSql() : WebOfferTests(DatabaseProvider.PostgreSql);
