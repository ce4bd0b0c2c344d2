using System.Net;
using System.Text.RegularExpressions;
using LK3.Bot.Data;
using LK3.Intake.Cases;
using LK3.Intake.Conversations;
using LK3.Intake.Staff;
using LK3.Tests.EndToEnd;
using LK3.Tests.Telegram;
using Microsoft.EntityFrameworkCore;

namespace LK3.Tests.StaffApp.Content;

/// <summary>Staff edit the bot's information (live at once, checked, previewed safely) and admins read the audit log.</summary>
public abstract partial class ContentAndAuditTests(DatabaseProvider provider) : StaffAppTests(provider)
{
    private const string Supervisor = "sari@lk3.example.org";

    [SkippableFact]
    public async Task A_supervisor_edits_the_counselling_topic_and_a_family_asking_right_after_gets_the_new_text()
    {
        Database.SkipIfUnavailable();
        var family = new FamilyChat(() => App, Api, FamilyChat.NewChatId());
        await family.SayAsync("/start");
        await family.PressAsync("consent:yes");
        Assert.Contains("Konseling adalah bantuan", Texts(await family.SayAsync("konseling"))); // the catalog is now cached

        using var sari = await SignedInAsSariAsync();
        var overview = await sari.GetStringAsync("/konten");
        Assert.Contains("Layanan", overview);
        Assert.Contains("Tentang LK3", overview);
        Assert.Contains("href=\"/konten/konseling/id\"", overview);
        Assert.Contains("href=\"/konten/konseling/en\"", overview);
        Assert.Contains("href=\"/konten/darurat/en\"", overview);

        using var saved = await SaveAsync(sari, "konseling", "id", body: "<b>Konseling</b>\r\nKonselor kami siap mendengar, ramah & rahasia.");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("/konten/konseling/id", saved.Headers.Location?.OriginalString);
        var page = await sari.GetStringAsync("/konten/konseling/id");
        Assert.Contains("Disimpan.", page);
        Assert.Contains("agar tampil sebagai teks", page); // the lone "&" was escaped, and the member told so

        var answer = Texts(await family.SayAsync("konseling"));
        Assert.Contains("<b>Konseling</b>\nKonselor kami siap mendengar, ramah &amp; rahasia.", answer);
        Assert.DoesNotContain("Konseling adalah bantuan", answer);

        var topic = await App.QueryAsync(db => db.InformationTopics.SingleAsync(t => t.Key == "konseling" && t.Language == "id"));
        Assert.Equal("<b>Konseling</b>\nKonselor kami siap mendengar, ramah &amp; rahasia.", topic.Body);
        var audit = await App.QueryAsync(db => db.AuditEntries.Where(a => a.Action == "content.update").ToListAsync());
        var entry = Assert.Single(audit);
        Assert.Equal("Sari", entry.UserName);
        Assert.Null(entry.CaseId);
        Assert.Equal("Konseling (Bahasa Indonesia): isi", entry.Details);
    }

    [SkippableFact]
    public async Task The_preview_shows_bold_as_strong_and_any_other_tag_as_text_and_saves_nothing()
    {
        Database.SkipIfUnavailable();
        using var sari = await SignedInAsSariAsync();

        using var response = await PostFormAsync(sari, "/konten/konseling/id", "/konten/konseling/id?handler=Preview", new()
        {
            ["Title"] = "Konseling",
            ["Body"] = "<b>Tebal</b>, <i>miring</i> dan <script>alert(1)</script> 1 < 2",
            ["Keywords"] = "konseling",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        var preview = PreviewPattern().Match(page).Groups[1].Value;
        Assert.Contains("<strong>Tebal</strong>", preview);
        Assert.Contains("<em>miring</em>", preview);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", preview);
        Assert.Contains("1 &lt; 2", preview);
        Assert.DoesNotMatch(OtherScript(), page); // only the app's own staff.js
        Assert.Contains("tidak diizinkan", page);
        Assert.Contains("Konseling adalah bantuan",
            await App.QueryAsync(db => db.InformationTopics.Where(t => t.Key == "konseling" && t.Language == "id").Select(t => t.Body).SingleAsync()));
        Assert.Equal(0, await App.QueryAsync(db => db.AuditEntries.CountAsync(a => !a.Action.StartsWith("auth."))));
    }

    [SkippableTheory]
    [InlineData("Konseling", "<b>Tebal tanpa penutup", "belum ditutup")]
    [InlineData("Konseling", "Klik <a href=\"https://contoh.id\">di sini</a>", "tidak diizinkan")]
    [InlineData("Konseling", "<i>miring <b>dan tebal</i></b>", "urutan terbalik")]
    [InlineData("Layanan konseling keluarga", "Isi yang baik.", "1 sampai 24 karakter")]
    [InlineData("", "Isi yang baik.", "1 sampai 24 karakter")]
    [InlineData("Konseling", "   ", "1 sampai 3500 karakter")]
    public async Task Invalid_markup_or_a_title_too_long_is_refused_with_a_message_and_nothing_is_saved(string title, string body, string message)
    {
        Database.SkipIfUnavailable();
        using var sari = await SignedInAsSariAsync();
        var before = await App.QueryAsync(db => db.InformationTopics.AsNoTracking().SingleAsync(t => t.Key == "konseling" && t.Language == "id"));

        using var refused = await SaveAsync(sari, "konseling", "id", body, title);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await refused.Content.ReadAsStringAsync();
        Assert.Contains(message, page);
        Assert.DoesNotContain("Disimpan.", page);
        var after = await App.QueryAsync(db => db.InformationTopics.AsNoTracking().SingleAsync(t => t.Key == "konseling" && t.Language == "id"));
        Assert.Equal((before.Title, before.Body, before.Keywords, before.UpdatedAt), (after.Title, after.Body, after.Keywords, after.UpdatedAt));
        Assert.Equal(0, await App.QueryAsync(db => db.AuditEntries.CountAsync(a => !a.Action.StartsWith("auth."))));
    }

    [SkippableFact]
    public async Task The_emergency_numbers_are_edited_the_same_way_and_darurat_answers_with_the_new_number()
    {
        Database.SkipIfUnavailable();
        using var sari = await SignedInAsSariAsync();
        var form = await sari.GetStringAsync("/konten/darurat/id");
        Assert.Contains("Ini nomor darurat", form);

        using var saved = await SaveAsync(sari, "darurat", "id",
            "Dalam bahaya? Hubungi segera:\n• <b>112</b>: darurat umum\n• <b>0548-555-0199</b>: piket LK3 Kota Bontang", title: "Nomor darurat");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var family = new FamilyChat(() => App, Api, FamilyChat.NewChatId());
        await family.SayAsync("/start");
        await family.PressAsync("consent:yes");
        var answer = Texts(await family.SayAsync("darurat"));
        Assert.Contains("<b>0548-555-0199</b>: piket LK3 Kota Bontang", answer);
        Assert.Contains(FamilyChat.Buttons(family.LastPrompt!), b => b.Data == "emergency:help");
    }

    [SkippableFact]
    public async Task A_save_over_a_newer_change_by_someone_else_is_stopped_until_confirmed()
    {
        Database.SkipIfUnavailable();
        using var sari = await SignedInAsSariAsync();
        using var admin = await SignedInAsync(BotApp.AdminEmail, BotApp.AdminPassword);
        var sariForm = await sari.GetStringAsync("/konten/proses/id");
        using (var first = await SaveAsync(admin, "proses", "id", "Versi admin."))
        {
            Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        }

        var fields = new Dictionary<string, string>
        {
            ["Title"] = WebUtility.HtmlDecode(InputValue(sariForm, "Title")),
            ["Body"] = "Versi Sari.",
            ["Keywords"] = WebUtility.HtmlDecode(InputValue(sariForm, "Keywords")),
            ["Version"] = InputValue(sariForm, "Version"),
        };
        using var stale = await PostFormAsync(sari, "/konten/proses/id", "/konten/proses/id?handler=Save", fields);
        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        var page = await stale.Content.ReadAsStringAsync();
        Assert.Contains("sudah diubah orang lain", page);
        Assert.Equal("Versi admin.",
            await App.QueryAsync(db => db.InformationTopics.Where(t => t.Key == "proses" && t.Language == "id").Select(t => t.Body).SingleAsync()));

        fields["Version"] = InputValue(page, "Version"); // the form now carries the newer version: saving again overwrites knowingly
        using var confirmed = await PostFormAsync(sari, "/konten/proses/id", "/konten/proses/id?handler=Save", fields);
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal("Versi Sari.",
            await App.QueryAsync(db => db.InformationTopics.Where(t => t.Key == "proses" && t.Language == "id").Select(t => t.Body).SingleAsync()));
    }

    [SkippableFact]
    public async Task A_counsellor_may_not_edit_content_and_a_supervisor_may_not_read_the_audit_log()
    {
        Database.SkipIfUnavailable();
        await AddUserAsync("rina@lk3.example.org", "Rina", StaffRoles.Counsellor);
        using var rina = await SignedInAsync("rina@lk3.example.org");
        foreach (var path in new[] { "/konten", "/konten/konseling/id", "/audit" })
        {
            using var refused = await rina.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
            Assert.StartsWith("/ditolak", refused.Headers.Location?.PathAndQuery);
        }
        using var post = await PostFormAsync(rina, "/masuk", "/konten/konseling/id?handler=Save",
            new() { ["Title"] = "Diubah", ["Body"] = "Diubah", ["Keywords"] = "konseling" });
        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        Assert.Equal("Konseling",
            await App.QueryAsync(db => db.InformationTopics.Where(t => t.Key == "konseling" && t.Language == "id").Select(t => t.Title).SingleAsync()));

        using var sari = await SignedInAsSariAsync();
        Assert.Equal(HttpStatusCode.OK, (await sari.GetAsync("/konten")).StatusCode);
        using var audit = await sari.GetAsync("/audit");
        Assert.Equal(HttpStatusCode.Redirect, audit.StatusCode);
        Assert.StartsWith("/ditolak", audit.Headers.Location?.PathAndQuery);
    }

    [SkippableFact]
    public async Task An_admin_reads_the_audit_log_newest_first_and_filters_it_by_action_case_and_date()
    {
        Database.SkipIfUnavailable();
        var family = new FamilyChat(() => App, Api, FamilyChat.NewChatId());
        var reference = await family.SubmitIntakeAsync(ProblemCategory.Economic);
        using var sari = await SignedInAsSariAsync();
        using (var saved = await SaveAsync(sari, "konseling", "en", "<b>Counselling</b>\nTalk to us.", title: "Counselling help"))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }
        Assert.Equal(HttpStatusCode.OK, (await sari.GetAsync($"/kasus/{reference}")).StatusCode); // case.view by Sari

        using var admin = await SignedInAsync(BotApp.AdminEmail, BotApp.AdminPassword);
        var all = Rows(await admin.GetStringAsync("/audit"));
        Assert.Equal(["auth.sign-in", "case.view", "content.update", "auth.sign-in"], all.Select(r => r.Action));
        Assert.Equal(["Admin", "Sari", "Sari", "Sari"], all.Select(r => r.User));
        Assert.Equal("Counselling help (English): judul, isi", all[2].Details);
        Assert.Equal($"/kasus/{reference}", all[1].CaseLink);
        // As sentences, in Indonesian, with the case by its reference and the time in WITA.
        Assert.Equal($"Sari membuka kasus {reference}.", all[1].Sentence);
        Assert.Equal("Sari mengubah konten (Counselling help (English): judul, isi).", all[2].Sentence);
        Assert.Equal("Admin masuk (halaman masuk).", all[0].Sentence);
        Assert.All(all, r => Assert.Matches(@"^\d{2}/\d{2}/\d{4} \d{2}\.\d{2} WITA$", r.Time));

        var content = Rows(await admin.GetStringAsync("/audit?action=content."));
        Assert.Equal("content.update", Assert.Single(content).Action);

        var ofCase = Rows(await admin.GetStringAsync($"/audit?reference={reference.ToLowerInvariant()}"));
        Assert.Equal("case.view", Assert.Single(ofCase).Action);
        Assert.Empty(Rows(await admin.GetStringAsync($"/audit?reference={reference}&user=rina")));
        Assert.Equal(["auth.sign-in", "auth.sign-in"], Rows(await admin.GetStringAsync("/audit?action=auth.")).Select(r => r.Action));
        Assert.Contains("tidak dikenali", await admin.GetStringAsync("/audit?reference=LK3-12"));
        Assert.Contains("tidak ditemukan", await admin.GetStringAsync($"/audit?reference=LK3-{reference[4..8]}-9999"));

        var today = DateTimeOffset.UtcNow.ToOfficeTime().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var tomorrow = DateTimeOffset.UtcNow.ToOfficeTime().AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(3, Rows(await admin.GetStringAsync($"/audit?from={today}&to={today}&user=sar")).Count);
        Assert.Empty(Rows(await admin.GetStringAsync($"/audit?from={tomorrow}")));
    }

    [SkippableFact]
    public async Task The_audit_log_shows_a_hundred_entries_a_page_with_a_link_to_older_ones()
    {
        Database.SkipIfUnavailable();
        await App.QueryAsync(db =>
        {
            var start = DateTimeOffset.UtcNow.AddHours(-3);
            db.AuditEntries.AddRange(Enumerable.Range(1, 150).Select(i => new AuditEntry
            {
                UserId = "u1",
                UserName = "Hasan",
                Action = "case.view",
                Details = $"entri {i}",
                At = start.AddMinutes(i),
            }));
            return db.SaveChangesAsync();
        });
        using var admin = await SignedInAsync(BotApp.AdminEmail, BotApp.AdminPassword);

        var first = await admin.GetStringAsync("/audit?user=hasan");
        var firstRows = Rows(first);
        Assert.Equal(100, firstRows.Count);
        Assert.Equal("entri 150", firstRows[0].Details);
        Assert.Equal("entri 51", firstRows[^1].Details);
        var older = OlderLinkPattern().Match(first).Groups[1].Value.Replace("&amp;", "&", StringComparison.Ordinal);
        Assert.Contains("user=hasan", older);

        var second = await admin.GetStringAsync(older);
        Assert.Equal(Enumerable.Range(1, 50).Reverse().Select(i => $"entri {i}"), Rows(second).Select(r => r.Details));
        Assert.DoesNotMatch(OlderLinkPattern(), second);
    }

    [SkippableFact]
    public async Task A_save_without_the_anti_forgery_token_is_refused()
    {
        Database.SkipIfUnavailable();
        using var sari = await SignedInAsSariAsync();

        using var forged = await sari.PostAsync("/konten/konseling/id?handler=Save", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Title"] = "Palsu",
            ["Body"] = "Palsu",
            ["Keywords"] = "palsu",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal("Konseling",
            await App.QueryAsync(db => db.InformationTopics.Where(t => t.Key == "konseling" && t.Language == "id").Select(t => t.Title).SingleAsync()));
        Assert.Equal(0, await App.QueryAsync(db => db.AuditEntries.CountAsync(a => !a.Action.StartsWith("auth."))));
    }

    private static string Texts(IEnumerable<SentMessage> messages) => string.Join("\n---\n", messages.Select(m => m.Text));

    /// <summary>Saves a topic through its form as a browser would: the form's token and version, the current values for fields not given.</summary>
    private static async Task<HttpResponseMessage> SaveAsync(
        HttpClient client, string key, string language, string body, string? title = null, string? keywords = null)
    {
        var page = $"/konten/{key}/{language}";
        var form = await client.GetStringAsync(page);
        return await PostFormAsync(client, page, $"{page}?handler=Save", new()
        {
            ["Title"] = title ?? WebUtility.HtmlDecode(InputValue(form, "Title")),
            ["Body"] = body,
            ["Keywords"] = keywords ?? WebUtility.HtmlDecode(InputValue(form, "Keywords")),
            ["Version"] = InputValue(form, "Version"),
        });
    }

    private static string InputValue(string form, string name) =>
        Regex.Match(form, $"name=\"{name}\" value=\"([^\"]*)\"").Groups[1].Value;

    /// <summary>One line of the log: its action code, and the sentence it reads as, with its parts.</summary>
    private sealed record AuditRow(string User, string Action, string? CaseLink, string Details, string Time, string Sentence);

    private static List<AuditRow> Rows(string page) =>
        [.. AuditRowPattern().Matches(page).Select(m => new AuditRow(
            WebUtility.HtmlDecode(m.Groups["user"].Value),
            m.Groups["action"].Value,
            m.Groups["link"].Success ? m.Groups["link"].Value : null,
            WebUtility.HtmlDecode(m.Groups["details"].Value),
            m.Groups["time"].Value,
            WebUtility.HtmlDecode(Regex.Replace(m.Groups["sentence"].Value, "<[^>]+>", ""))))];

    /// <summary>The supervisor Sari signed in as a browser; her account is added on first use.</summary>
    private async Task<HttpClient> SignedInAsSariAsync()
    {
        if (!await App.QueryAsync(db => db.Users.AnyAsync(u => u.Email == Supervisor)))
        {
            await AddUserAsync(Supervisor, "Sari", StaffRoles.Supervisor);
        }
        return await SignedInAsync(Supervisor);
    }

    [GeneratedRegex("<div class=\"text\" id=\"pratinjau\"[^>]*>(.*?)</div>", RegexOptions.Singleline)]
    private static partial Regex PreviewPattern();

    [GeneratedRegex(
        @"<li data-action=""(?<action>[^""]+)"">\s*<time[^>]*>(?<time>[^<]*)</time>\s*<span class=""sentence"">"
        + @"(?<sentence><strong class=""who"">(?<user>[^<]*)</strong>[^<]*(?:<a href=""(?<link>[^""]+)"">[^<]*</a>)?[^<]*"
        + @"(?:<span class=""details"">(?<details>[^<]*)</span>)?[^<]*)</span>",
        RegexOptions.Singleline)]
    private static partial Regex AuditRowPattern();

    [GeneratedRegex("<a href=\"([^\"]+)\">Lebih lama")]
    private static partial Regex OlderLinkPattern();
}

public sealed class ContentAndAuditTestsOnSqlite() : ContentAndAuditTests(DatabaseProvider.Sqlite);

public sealed class ContentAndAuditTestsOnPostgreSql() : ContentAndAuditTests(DatabaseProvider.PostgreSql);
