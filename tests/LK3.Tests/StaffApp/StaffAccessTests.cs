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
public abstract partial class StaffAccessTests(DatabaseProvider provider) : BotPerTest(provider)
{
    private const string Password = "Kata-Sandi-Uji-1";

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
        Assert.Equal(HttpStatusCode.NotFound, (await rina.GetAsync($"/kasus/{dewiCase}")).StatusCode);
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
    public async Task A_note_without_the_anti_forgery_token_is_refused()
    {
        Database.SkipIfUnavailable();
        var (rinaCase, _) = await TwoCounsellorsWithACaseEachAsync();
        using var rina = await SignedInAsync("rina@lk3.example.org");

        using var forged = await rina.PostAsync($"/kasus/{rinaCase}?handler=Note", new FormUrlEncodedContent(new Dictionary<string, string> { ["text"] = "palsu" }));

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(0, await App.QueryAsync(db => db.CaseNotes.CountAsync()));
    }

    [SkippableFact]
    public async Task Five_wrong_passwords_lock_the_account_for_a_while()
    {
        Database.SkipIfUnavailable();
        await AddUserAsync("sari@lk3.example.org", "Sari", StaffRoles.Supervisor, counsellorId: null);
        using var client = App.NewClient();
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsJsonAsync("/api/token", new { email = "sari@lk3.example.org", password = "salah-" + i })).StatusCode);
        }
        using var locked = await client.PostAsJsonAsync("/api/token", new { email = "sari@lk3.example.org", password = Password });
        Assert.Equal(HttpStatusCode.Unauthorized, locked.StatusCode);
        Assert.Contains("Locked out", await locked.Content.ReadAsStringAsync());
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
        var rinaCase = await AcceptedCaseAsync(rina.Chat, ProblemCategory.FamilyConflict);
        var dewiCase = await AcceptedCaseAsync(dewi.Chat, ProblemCategory.Economic);
        await AddUserAsync("rina@lk3.example.org", "Rina", StaffRoles.Counsellor, rina.Id);
        await AddUserAsync("dewi@lk3.example.org", "Dewi", StaffRoles.Counsellor, dewi.Id);
        await AddUserAsync("hasan@lk3.example.org", "Hasan", StaffRoles.Supervisor, counsellorId: null);
        return (rinaCase, dewiCase);
    }

    private async Task<string> AcceptedCaseAsync(CounsellorChat counsellor, ProblemCategory category)
    {
        var family = new FamilyChat(() => App, Api, FamilyChat.NewChatId());
        var reference = await family.SubmitIntakeAsync(category);
        await counsellor.NextAsync(); // the offer
        await counsellor.PressAsync($"offer:accept:{reference}");
        return reference;
    }

    private async Task<(int Id, CounsellorChat Chat)> AddCounsellorAsync(string name, ProblemCategory speciality)
    {
        var chat = new CounsellorChat(() => App, Api, FamilyChat.NewChatId());
        var counsellor = new Counsellor { Name = name, Specialities = [speciality], TelegramChatId = chat.ChatId.ToString() };
        await App.QueryAsync(async db =>
        {
            db.Counsellors.Add(counsellor);
            return await db.SaveChangesAsync();
        });
        return (counsellor.Id, chat);
    }

    private async Task AddUserAsync(string email, string name, string role, int? counsellorId)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var user = new StaffUser { UserName = email, Email = email, DisplayName = name, CounsellorId = counsellorId, EmailConfirmed = true };
        Assert.True((await users.CreateAsync(user, Password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
    }

    /// <summary>An API client with a bearer token, as a script or another system would use it.</summary>
    private async Task<HttpClient> ApiClientAsync(string email)
    {
        var client = App.NewClient();
        using var response = await client.PostAsJsonAsync("/api/token", new { email, password = Password });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        var api = App.NewClient();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        client.Dispose();
        return api;
    }

    /// <summary>A browser-like client signed in through the sign-in page, anti-forgery token and all.</summary>
    private async Task<HttpClient> SignedInAsync(string email)
    {
        var client = App.NewClient(followRedirects: false);
        var form = await client.GetStringAsync("/masuk");
        var token = AntiForgeryToken().Match(form).Groups[1].Value;
        using var signedIn = await client.PostAsync("/masuk", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = email,
            ["Password"] = Password,
            ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return client;
    }

    private static async Task<List<string>> ReferencesAsync(HttpClient client) =>
        [.. (await client.GetFromJsonAsync<JsonElement>("/api/cases")).EnumerateArray().Select(c => c.GetProperty("reference").GetString()!)];

    private Task<int?> CaseIdOfAsync(string reference)
    {
        Assert.True(CaseReference.TryParse(reference, out var parsed));
        return App.QueryAsync(db => db.Cases.WithReference(parsed).Select(c => (int?)c.Id).SingleAsync());
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiForgeryToken();
}

public sealed class StaffAccessTestsOnSqlite() : StaffAccessTests(DatabaseProvider.Sqlite);

public sealed class StaffAccessTestsOnPostgreSql() : StaffAccessTests(DatabaseProvider.PostgreSql);
