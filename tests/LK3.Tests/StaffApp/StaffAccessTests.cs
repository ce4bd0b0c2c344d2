using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using LK3.Bot.Data;
using LK3.Intake.Cases;
using LK3.Intake.Counsellors;
using LK3.Intake.Staff;
using LK3.Tests.EndToEnd;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LK3.Tests.StaffApp;

/// <summary>Who may see and do what in the staff app, through its pages and its API alike, and the audit log it leaves.</summary>
public abstract class StaffAccessTests(DatabaseProvider provider) : StaffAppTests(provider)
{
    [SkippableFact]
    public async Task A_counsellor_sees_and_moves_only_their_own_cases_through_the_api_and_a_supervisor_sees_all()
    {
        Database.SkipIfUnavailable();
        var (rinaCase, dewiCase) = await TwoCounsellorsWithACaseEachAsync();
        using var rina = await ApiClientAsync("rina@lk3.example.org");
        using var hasan = await ApiClientAsync("hasan@lk3.example.org");

        Assert.Equal([rinaCase], await ReferencesAsync(rina));
        Assert.Equal(HttpStatusCode.NotFound, (await rina.GetAsync($"/api/cases/{dewiCase}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await rina.PostAsJsonAsync($"/api/cases/{dewiCase}/moves", new { trigger = "Advance" })).StatusCode);

        var details = await rina.GetFromJsonAsync<JsonElement>($"/api/cases/{rinaCase}");
        Assert.Equal("InitialContact", details.GetProperty("stage").GetString());
        Assert.Contains("Advance", details.GetProperty("allowedMoves").EnumerateArray().Select(m => m.GetString()));
        using var moved = await rina.PostAsJsonAsync($"/api/cases/{rinaCase}/moves", new { trigger = "Advance" });
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        Assert.Equal("CaseIdentification", (await moved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("stage").GetString());
        using var refused = await rina.PostAsJsonAsync($"/api/cases/{rinaCase}/moves", new { trigger = "Reopen", note = "coba" });
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);

        Assert.Equal(new[] { dewiCase, rinaCase }.Order(), (await ReferencesAsync(hasan)).Order());

        var audit = await App.QueryAsync(db => db.AuditEntries.OrderBy(a => a.Id).Select(a => new { a.UserName, a.Action, a.CaseId }).ToListAsync());
        Assert.Contains(audit, a => a is { UserName: "Rina", Action: "case.view" });
        Assert.Contains(audit, a => a is { UserName: "Rina", Action: "case.move" });
        var dewiCaseId = await CaseIdOfAsync(dewiCase);
        Assert.DoesNotContain(audit, a => a.UserName == "Rina" && a.CaseId == dewiCaseId);
    }

    [SkippableFact]
    public async Task An_unknown_move_gets_a_400_naming_the_moves_allowed_on_that_case_now_and_a_refused_one_names_them_too()
    {
        Database.SkipIfUnavailable();
        var (rinaCase, dewiCase) = await TwoCounsellorsWithACaseEachAsync();
        using var rina = await ApiClientAsync("rina@lk3.example.org");
        var allowed = (await rina.GetFromJsonAsync<JsonElement>($"/api/cases/{rinaCase}"))
            .GetProperty("allowedMoves").EnumerateArray().Select(m => m.GetString()!).ToList();
        Assert.NotEmpty(allowed);
        var notAllowed = Enum.GetNames<CaseTrigger>().Except(allowed).ToList();
        Assert.NotEmpty(notAllowed);

        foreach (var unknown in new object?[] { "Fly", "1", "", null, 2 })
        {
            using var response = await rina.PostAsJsonAsync($"/api/cases/{rinaCase}/moves", new { trigger = unknown?.ToString() });
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var detail = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()!;
            Assert.Contains($"Allowed on this case now: {string.Join(", ", allowed)}.", detail);
        }
        // A case the counsellor may not see stays "not found", whatever the move.
        Assert.Equal(HttpStatusCode.NotFound, (await rina.PostAsJsonAsync($"/api/cases/{dewiCase}/moves", new { trigger = "Fly" })).StatusCode);
        Assert.Equal("InitialContact", (await rina.GetFromJsonAsync<JsonElement>($"/api/cases/{rinaCase}")).GetProperty("stage").GetString());

        // Names are matched as the enum's, in any case.
        using var refused = await rina.PostAsJsonAsync($"/api/cases/{rinaCase}/moves", new { trigger = notAllowed[0].ToLowerInvariant(), note = "coba" });
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains($"Allowed on this case now: {string.Join(", ", allowed)}.",
            (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
    }

    [SkippableFact]
    public async Task The_pages_follow_the_same_rules_and_the_jobs_dashboard_is_for_leads_only()
    {
        Database.SkipIfUnavailable();
        var (rinaCase, dewiCase) = await TwoCounsellorsWithACaseEachAsync();
        using var anonymous = App.NewClient(followRedirects: false);
        using var toSignIn = await anonymous.GetAsync("/kasus");
        Assert.Equal(HttpStatusCode.Redirect, toSignIn.StatusCode);
        Assert.StartsWith("/masuk", toSignIn.Headers.Location?.PathAndQuery);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/cases")).StatusCode);

        using var rina = await SignedInAsync("rina@lk3.example.org");
        var queue = await rina.GetStringAsync("/kasus");
        Assert.Contains(rinaCase, queue);
        Assert.DoesNotContain(dewiCase, queue);
        using var notHers = await rina.GetAsync($"/kasus/{dewiCase}");
        Assert.Equal(HttpStatusCode.NotFound, notHers.StatusCode);
        Assert.Contains("Kasus tidak ditemukan", await notHers.Content.ReadAsStringAsync()); // a page, not the API's problem details
        Assert.DoesNotContain(dewiCase, await notHers.Content.ReadAsStringAsync());
        Assert.Contains("kontak awal", await rina.GetStringAsync($"/kasus/{rinaCase}"));
        Assert.Equal(HttpStatusCode.Forbidden, (await rina.GetAsync("/hangfire")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await rina.GetAsync("/angka")).StatusCode); // to the access-denied page

        using var hasan = await SignedInAsync("hasan@lk3.example.org");
        Assert.Equal(HttpStatusCode.OK, (await hasan.GetAsync("/hangfire")).StatusCode);
        Assert.Contains(dewiCase, await hasan.GetStringAsync("/kasus"));
        var csv = await hasan.GetStringAsync($"/angka/csv?year={rinaCase[4..8]}");
        Assert.StartsWith("\uFEFFbagian,kunci,label,jumlah", csv);
    }

    [SkippableFact]
    public async Task A_filter_that_finds_cases_folds_away_saying_what_it_keeps_and_one_that_finds_none_stays_open()
    {
        Database.SkipIfUnavailable();
        var (rinaCase, dewiCase) = await TwoCounsellorsWithACaseEachAsync();
        using var hasan = await SignedInAsync("hasan@lk3.example.org");
        var rinaId = await App.QueryAsync(db => db.Counsellors.Where(c => c.Name == "Rina Wulandari").Select(c => c.Id).SingleAsync());

        var found = await hasan.GetStringAsync($"/kasus?counsellorId={rinaId}&category=FamilyConflict&stage=");

        Assert.Contains(rinaCase, found);
        Assert.DoesNotContain(dewiCase, found);
        Assert.Contains("<details class=\"card filter-box\">", found);
        Assert.Contains("Saring kasus (aktif: Konflik keluarga · Rina Wulandari)", WebUtility.HtmlDecode(found));
        var none = await hasan.GetStringAsync($"/kasus?kecamatan=OutsideBontang");
        Assert.Contains("<details class=\"card filter-box\" open=\"open\">", none);
        Assert.Contains("<details class=\"card filter-box\">", await hasan.GetStringAsync("/kasus"));
    }

    [SkippableFact]
    public async Task A_note_without_the_anti_forgery_token_is_refused()
    {
        Database.SkipIfUnavailable();
        var (rinaCase, _) = await TwoCounsellorsWithACaseEachAsync();
        using var rina = await SignedInAsync("rina@lk3.example.org");

        using var forged = await rina.PostAsync($"/kasus/{rinaCase}?handler=Note",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["text"] = "palsu" }));

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(0, await App.QueryAsync(db => db.CaseNotes.CountAsync()));
    }

    [SkippableFact]
    public async Task Five_wrong_passwords_lock_the_account_for_a_while_and_every_attempt_is_in_the_audit_log_without_what_was_typed()
    {
        Database.SkipIfUnavailable();
        await AddUserAsync("sari@lk3.example.org", "Sari", StaffRoles.Supervisor, counsellorId: null);
        using var signedIn = await SignedInAsync("sari@lk3.example.org");
        using var browser = App.NewClient(followRedirects: false);
        using var unknown = await SignInAsync(browser, "Rahasia-Salah-Tempat@lk3.example.org", "apa-saja");
        using var client = App.NewClient();
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized,
                (await client.PostAsJsonAsync("/api/token", new { email = "sari@lk3.example.org", password = "salah-" + i })).StatusCode);
        }
        using var locked = await client.PostAsJsonAsync("/api/token", new { email = "sari@lk3.example.org", password = Password });
        Assert.Equal(HttpStatusCode.Unauthorized, locked.StatusCode);
        Assert.Contains("Locked out", await locked.Content.ReadAsStringAsync());

        var audit = await App.QueryAsync(db => db.AuditEntries.OrderBy(a => a.Id).Select(a => new { a.UserName, a.Action, a.Details }).ToListAsync());
        Assert.Equal(
            [
                ("Sari", "auth.sign-in", "halaman masuk"),
                ("Seseorang", "auth.sign-in-failed", "halaman masuk; e-mail tidak dikenal"),
                ("Sari", "auth.sign-in-failed", "token API; kata sandi salah"),
                ("Sari", "auth.sign-in-failed", "token API; kata sandi salah"),
                ("Sari", "auth.sign-in-failed", "token API; kata sandi salah"),
                ("Sari", "auth.sign-in-failed", "token API; kata sandi salah"),
                ("Sari", "auth.locked-out", "token API; dikunci sementara setelah terlalu banyak kata sandi salah"),
                ("Sari", "auth.locked-out", "token API; akun sedang terkunci"),
            ],
            audit.Select(a => (a.UserName, a.Action, a.Details)));
        Assert.DoesNotContain(audit, a => a.Details!.Contains("Rahasia", StringComparison.OrdinalIgnoreCase)
            || a.Details.Contains("salah-", StringComparison.Ordinal));

        using var admin = await SignedInAsync(BotApp.AdminEmail, BotApp.AdminPassword);
        var log = await admin.GetStringAsync("/audit?action=auth.");
        Assert.Contains("<strong class=\"who\">Sari</strong> tidak bisa masuk karena akun terkunci", log);
        Assert.Contains("<strong class=\"who\">Seseorang</strong> gagal masuk", log);
    }

    [SkippableFact]
    public async Task Sign_in_attempts_from_one_address_are_slowed_down_whichever_account_they_try()
    {
        Database.SkipIfUnavailable();
        using var client = App.NewClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 21; i++)
        {
            using var response = await client.PostAsJsonAsync("/api/token", new { email = $"tebak{i}@lk3.example.org", password = "salah" });
            statuses.Add(response.StatusCode);
        }
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        Assert.All(statuses.SkipLast(1), s => Assert.Equal(HttpStatusCode.Unauthorized, s));
    }

    [SkippableFact]
    public async Task The_first_admin_comes_from_the_bootstrap_settings_and_the_api_is_described_by_openapi()
    {
        Database.SkipIfUnavailable();
        using var client = App.NewClient();
        using var token = await client.PostAsJsonAsync("/api/token", new { email = BotApp.AdminEmail, password = BotApp.AdminPassword });
        Assert.Equal(HttpStatusCode.OK, token.StatusCode);

        var openApi = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var paths = openApi.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/cases", paths);
        Assert.Contains("/api/cases/{reference}/moves", paths);
    }

    private async Task<(string RinaCase, string DewiCase)> TwoCounsellorsWithACaseEachAsync()
    {
        var rina = await AddCounsellorAsync("Rina Wulandari", ProblemCategory.FamilyConflict);
        var dewi = await AddCounsellorAsync("Dewi Lestari", ProblemCategory.Economic);
        var (rinaCase, _) = await AcceptedCaseAsync(rina.Chat, ProblemCategory.FamilyConflict);
        var (dewiCase, _) = await AcceptedCaseAsync(dewi.Chat, ProblemCategory.Economic);
        await AddUserAsync("rina@lk3.example.org", "Rina", StaffRoles.Counsellor, rina.Id);
        await AddUserAsync("dewi@lk3.example.org", "Dewi", StaffRoles.Counsellor, dewi.Id);
        await AddUserAsync("hasan@lk3.example.org", "Hasan", StaffRoles.Supervisor, counsellorId: null);
        return (rinaCase, dewiCase);
    }

    private static async Task<List<string>> ReferencesAsync(HttpClient client) =>
        [.. (await client.GetFromJsonAsync<JsonElement>("/api/cases")).EnumerateArray().Select(c => c.GetProperty("reference").GetString()!)];

    private Task<int?> CaseIdOfAsync(string reference)
    {
        Assert.True(CaseReference.TryParse(reference, out var parsed));
        return App.QueryAsync(db => db.Cases.WithReference(parsed).Select(c => (int?)c.Id).SingleAsync());
    }
}

public sealed class StaffAccessTestsOnSqlite() : StaffAccessTests(DatabaseProvider.Sqlite);

public sealed class StaffAccessTestsOnPostgreSql() : StaffAccessTests(DatabaseProvider.PostgreSql);
