using System.Net;
using System.Net.Http.Json;
using LK3.Bot.Data;
using LK3.Intake.Cases;
using LK3.Intake.Counsellors;
using LK3.Intake.FollowUps;
using LK3.Intake.Outbox;
using LK3.Intake.Staff;
using LK3.Tests.EndToEnd;
using Microsoft.EntityFrameworkCore;

namespace LK3.Tests.StaffApp;

/// <summary>Case work from the case page: answering the family, referring, scheduling, handing over, and seeing what did not reach the family.</summary>
public abstract class StaffCaseWorkTests(DatabaseProvider provider) : StaffAppTests(provider)
{
    [SkippableFact]
    public async Task A_counsellor_answers_the_family_from_the_case_page_and_the_answer_reaches_its_chat_and_the_transcript()
    {
        Database.SkipIfUnavailable();
        var rina = await AddCounsellorAsync("Rina Wulandari", ProblemCategory.FamilyConflict);
        var (reference, family) = await AcceptedCaseAsync(rina.Chat, ProblemCategory.FamilyConflict);
        await AddUserAsync("rina@lk3.example.org", "Rina Wulandari", StaffRoles.Counsellor, rina.Id);
        using var browser = await SignedInAsync("rina@lk3.example.org");

        using var sent = await PostFormAsync(browser, $"/kasus/{reference}", $"/kasus/{reference}?handler=Reply",
            new() { ["text"] = "Besok saya telepon jam 9 <b>ya</b>." });
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        // Back where she replied, on a phone too: the conversation, with the outcome under its heading.
        Assert.Equal($"/kasus/{reference}#percakapan-judul", sent.Headers.Location?.OriginalString);

        var answer = await family.NextAsync();
        Assert.Contains("Konselor LK3 (Bu Rina)", answer.Text);
        Assert.Contains("Besok saya telepon jam 9 &lt;b&gt;ya&lt;/b&gt;.", answer.Text);
        var page = await browser.GetStringAsync($"/kasus/{reference}");
        Assert.Contains("Besok saya telepon jam 9 &lt;b&gt;ya&lt;/b&gt;.", page);
        // How to reach the family, in staff's words, on the queue too.
        Assert.Contains("<span class=\"contact\">Chat (Telegram)</span>", await browser.GetStringAsync("/kasus"));
        Assert.Matches("id=\"percakapan-judul\">Percakapan</h2>\\s*<p class=\"notice\" role=\"status\">Pesan dikirim kepada keluarga.</p>", page);
        Assert.Equal(1, await App.QueryAsync(db => db.AuditEntries.CountAsync(a => a.Action == "case.reply")));
    }

    [SkippableFact]
    public async Task A_reply_from_staff_who_are_no_counsellor_is_signed_by_the_office_never_by_the_account_name()
    {
        Database.SkipIfUnavailable();
        var rina = await AddCounsellorAsync("Rina Wulandari", ProblemCategory.FamilyConflict);
        var (reference, family) = await AcceptedCaseAsync(rina.Chat, ProblemCategory.FamilyConflict);
        using var admin = await SignedInAsync(BotApp.AdminEmail, BotApp.AdminPassword); // the first admin, named "Admin"

        using var sent = await PostFormAsync(admin, $"/kasus/{reference}", $"/kasus/{reference}?handler=Reply",
            new() { ["text"] = "Kami sudah membaca pesan Ibu." });
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);

        var answer = await family.NextAsync();
        Assert.StartsWith("<b>Petugas LK3:</b>\nKami sudah membaca pesan Ibu.", answer.Text);
        Assert.DoesNotContain("Admin", answer.Text);
        Assert.Contains("Petugas LK3", await admin.GetStringAsync($"/kasus/{reference}")); // the transcript says who, as the family saw it
    }

    [SkippableFact]
    public async Task A_supervisor_hands_the_case_to_another_counsellor_who_is_told_and_the_family_learns_the_new_name()
    {
        Database.SkipIfUnavailable();
        var rina = await AddCounsellorAsync("Rina Wulandari", ProblemCategory.FamilyConflict);
        var dewi = await AddCounsellorAsync("Dewi Lestari", ProblemCategory.Economic);
        var (reference, family) = await AcceptedCaseAsync(rina.Chat, ProblemCategory.FamilyConflict);
        await AddUserAsync("hasan@lk3.example.org", "Hasan Basri", StaffRoles.Supervisor, counsellorId: null);
        using var browser = await SignedInAsync("hasan@lk3.example.org");

        using var handed = await PostFormAsync(browser, $"/kasus/{reference}", $"/kasus/{reference}?handler=Reassign",
            new() { ["counsellorId"] = dewi.Id.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, handed.StatusCode);

        Assert.Contains($"<b>{reference}</b> diserahkan kepada Anda", (await dewi.Chat.NextAsync()).Text);
        Assert.Contains("<b>Bu Dewi</b>", (await family.NextAsync()).Text);
        Assert.True(CaseReference.TryParse(reference, out var parsed));
        Assert.Equal(dewi.Id, await App.QueryAsync(db => db.Cases.WithReference(parsed).Select(c => c.CounsellorId).SingleAsync()));
    }

    [SkippableFact]
    public async Task The_first_contact_reminder_is_listed_as_coming_only_while_the_case_waits_for_its_first_contact()
    {
        Database.SkipIfUnavailable();
        var rina = await AddCounsellorAsync("Rina Wulandari", ProblemCategory.FamilyConflict);
        var (reference, _) = await AcceptedCaseAsync(rina.Chat, ProblemCategory.FamilyConflict);
        await AddUserAsync("rina@lk3.example.org", "Rina Wulandari", StaffRoles.Counsellor, rina.Id);
        using var browser = await SignedInAsync("rina@lk3.example.org");
        Assert.Contains("pengingat kontak pertama untuk konselor", await browser.GetStringAsync($"/kasus/{reference}"));

        using var api = await ApiClientAsync("rina@lk3.example.org");
        (await api.PostAsJsonAsync($"/api/cases/{reference}/moves", new { trigger = "Advance" })).EnsureSuccessStatusCode();

        var page = await browser.GetStringAsync($"/kasus/{reference}");
        Assert.DoesNotContain("pengingat kontak pertama", page);
        Assert.Contains("Belum ada tindak lanjut terjadwal.", page);
    }

    [SkippableFact]
    public async Task A_referral_names_its_partner_and_a_follow_up_date_is_scheduled_in_office_time()
    {
        Database.SkipIfUnavailable();
        var rina = await AddCounsellorAsync("Rina Wulandari", ProblemCategory.FamilyConflict);
        var (reference, _) = await AcceptedCaseAsync(rina.Chat, ProblemCategory.FamilyConflict);
        await AddUserAsync("rina@lk3.example.org", "Rina Wulandari", StaffRoles.Counsellor, rina.Id);
        using var api = await ApiClientAsync("rina@lk3.example.org");
        foreach (var _ in new[] { 1, 2 }) (await api.PostAsJsonAsync($"/api/cases/{reference}/moves", new { trigger = "Advance" })).EnsureSuccessStatusCode();
        var partner = await App.QueryAsync(db => db.ReferralPartners.OrderBy(p => p.Id).Select(p => new { p.Id, p.Name }).FirstAsync());
        var (partnerId, partnerName) = (partner.Id, partner.Name);
        using var browser = await SignedInAsync("rina@lk3.example.org");
        Assert.DoesNotContain("Dirujuk ke:", await browser.GetStringAsync($"/kasus/{reference}"));

        using var referred = await PostFormAsync(browser, $"/kasus/{reference}", $"/kasus/{reference}?handler=Move",
            new() { ["trigger"] = "Refer", ["partnerId"] = partnerId.ToString(), ["note"] = "Perlu pendampingan hukum." });
        Assert.Equal(HttpStatusCode.Redirect, referred.StatusCode);
        Assert.Contains($"Dirujuk ke: <strong>{partnerName}</strong>", WebUtility.HtmlDecode(await browser.GetStringAsync($"/kasus/{reference}")));
        var nextYear = DateTimeOffset.UtcNow.Year + 1;
        using var scheduled = await PostFormAsync(browser, $"/kasus/{reference}", $"/kasus/{reference}?handler=FollowUp",
            new() { ["day"] = $"{nextYear}-01-05", ["hour"] = "10:30" });
        Assert.Equal(HttpStatusCode.Redirect, scheduled.StatusCode);

        Assert.True(CaseReference.TryParse(reference, out var parsed));
        var stored = await App.QueryAsync(db => db.Cases.Include(c => c.FollowUps).SingleAsync(c => c.Year == parsed.Year && c.Number == parsed.Number));
        Assert.Equal((CaseStage.TerminationReferral, partnerId), (stored.Stage, stored.ReferralPartnerId));
        Assert.Contains(stored.FollowUps, f => f.Kind == FollowUpKind.CounsellorFollowUp
            && f.DueAt == new DateTimeOffset(nextYear, 1, 5, 10, 30, 0, TimeSpan.FromHours(8)));
    }

    [SkippableFact]
    public async Task A_supervisor_erases_a_family_s_data_on_request_and_the_audit_keeps_who_but_not_what()
    {
        Database.SkipIfUnavailable();
        var rina = await AddCounsellorAsync("Rina Wulandari", ProblemCategory.FamilyConflict);
        var (reference, family) = await AcceptedCaseAsync(rina.Chat, ProblemCategory.FamilyConflict);
        await AddUserAsync("hasan@lk3.example.org", "Hasan Basri", StaffRoles.Supervisor, counsellorId: null);
        await AddUserAsync("rina@lk3.example.org", "Rina Wulandari", StaffRoles.Counsellor, rina.Id);
        using var counsellor = await SignedInAsync("rina@lk3.example.org");
        Assert.DoesNotContain("/hapus", await counsellor.GetStringAsync($"/kasus/{reference}"));
        using var refused = await PostFormAsync(counsellor, $"/kasus/{reference}", $"/kasus/{reference}/hapus", new() { ["confirm"] = reference });
        Assert.StartsWith("/ditolak", refused.Headers.Location?.PathAndQuery);
        using var hasan = await SignedInAsync("hasan@lk3.example.org");
        using var noted = await PostFormAsync(hasan, $"/kasus/{reference}", $"/kasus/{reference}?handler=Note",
            new() { ["text"] = "Ibu takut pulang ke rumah." });

        // The case page only leads to the confirmation, which names the case; a post without the reference erases nothing.
        var confirmation = await hasan.GetStringAsync($"/kasus/{reference}/hapus");
        Assert.Contains($"Hapus data keluarga kasus {reference}?", confirmation);
        Assert.Contains($"Ya, hapus data keluarga {reference}", confirmation);
        using var unconfirmed = await PostFormAsync(hasan, $"/kasus/{reference}/hapus", $"/kasus/{reference}/hapus", []);
        Assert.NotEqual(LK3.Intake.Clients.ClientErasure.Erased, await App.QueryAsync(db => db.Cases.Select(c => c.Description).SingleAsync()));

        using var erased = await PostFormAsync(hasan, $"/kasus/{reference}/hapus", $"/kasus/{reference}/hapus", new() { ["confirm"] = reference });
        Assert.Equal(HttpStatusCode.Redirect, erased.StatusCode);
        Assert.Equal($"/kasus/{reference}", erased.Headers.Location?.OriginalString);

        Assert.True(CaseReference.TryParse(reference, out var parsed));
        var stored = await App.QueryAsync(db => db.Cases.WithReference(parsed).SingleAsync());
        Assert.Equal(LK3.Intake.Clients.ClientErasure.Erased, stored.Description);
        Assert.Equal([LK3.Intake.Clients.ClientErasure.Erased],
            await App.QueryAsync(db => db.CaseNotes.Where(n => n.CaseId == stored.Id).Select(n => n.Text).ToListAsync()));
        Assert.False(await App.QueryAsync(db => db.Clients.AnyAsync(c => c.ChatId == family.ChatId.ToString())));
        var audit = await App.QueryAsync(db => db.AuditEntries.SingleAsync(a => a.Action == "client.erase"));
        Assert.Equal("Hasan Basri", audit.UserName);
        Assert.Equal(stored.Id, audit.CaseId);
        Assert.DoesNotContain("bantuan", audit.Details); // the family's words are not in the audit
    }

    [SkippableFact]
    public async Task A_counsellor_cannot_answer_or_hand_over_a_case_that_is_not_theirs_and_the_page_shows_what_did_not_reach_the_family()
    {
        Database.SkipIfUnavailable();
        var rina = await AddCounsellorAsync("Rina Wulandari", ProblemCategory.FamilyConflict);
        var dewi = await AddCounsellorAsync("Dewi Lestari", ProblemCategory.Economic);
        var (reference, family) = await AcceptedCaseAsync(rina.Chat, ProblemCategory.FamilyConflict);
        await AddUserAsync("dewi@lk3.example.org", "Dewi Lestari", StaffRoles.Counsellor, dewi.Id);
        await AddUserAsync("hasan@lk3.example.org", "Hasan Basri", StaffRoles.Supervisor, counsellorId: null);
        using var dewiApi = await ApiClientAsync("dewi@lk3.example.org");
        Assert.Equal(HttpStatusCode.NotFound, (await dewiApi.PostAsJsonAsync($"/api/cases/{reference}/replies", new { text = "Halo" })).StatusCode);
        // From a page left open: the same refusal as a page in Indonesian, not the API's problem details.
        using var dewiBrowser = await SignedInAsync("dewi@lk3.example.org");
        using var stale = await PostFormAsync(dewiBrowser, "/kasus", $"/kasus/{reference}?handler=Reply", new() { ["text"] = "Halo" });
        Assert.Equal(HttpStatusCode.NotFound, stale.StatusCode);
        Assert.Contains("Kasus tidak ditemukan", await stale.Content.ReadAsStringAsync());
        Assert.Equal("text/html", stale.Content.Headers.ContentType?.MediaType);

        // The family blocked the bot: the next message to it fails, and the case page says so.
        Api.FailNextSend(family.ChatId, 403, "Forbidden: bot was blocked by the user");
        using var hasan = await SignedInAsync("hasan@lk3.example.org");
        await PostFormAsync(hasan, $"/kasus/{reference}", $"/kasus/{reference}?handler=Reply", new() { ["text"] = "Apakah Ibu baik-baik saja?" });
        await Poll.UntilAsync(() => App.QueryAsync(db => db.OutgoingMessages
            .FirstOrDefaultAsync(m => m.ChatId == family.ChatId.ToString() && m.Status == DeliveryStatus.Failed)),
            "the reply to be recorded as failed");

        var page = await hasan.GetStringAsync($"/kasus/{reference}");
        Assert.Contains("Pesan belum terkirim", page);
        Assert.Contains("403", page);
    }
}

public sealed class StaffCaseWorkTestsOnSqlite() : StaffCaseWorkTests(DatabaseProvider.Sqlite);

public sealed class StaffCaseWorkTestsOnPostgreSql() : StaffCaseWorkTests(DatabaseProvider.PostgreSql);
