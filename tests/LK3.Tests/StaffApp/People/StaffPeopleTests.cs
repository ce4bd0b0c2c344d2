using System.Net;
using System.Text.RegularExpressions;
using LK3.Bot.Data;
using LK3.Intake.Cases;
using LK3.Intake.Staff;
using LK3.Tests.EndToEnd;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LK3.Tests.StaffApp.People;

/// <summary>The counsellor and staff account pages (/konselor, /akun): who may use them, what they change, and the audit log they leave.</summary>
public abstract partial class StaffPeopleTests(DatabaseProvider provider) : StaffAppTests(provider)
{
    [SkippableFact]
    public async Task A_supervisor_adds_a_counsellor_puts_them_on_leave_and_links_their_telegram_chat_with_a_code()
    {
        Database.SkipIfUnavailable();
        await AddUserAsync("hasan@lk3.example.org", "Hasan", StaffRoles.Supervisor);
        using var hasan = await SignedInAsync("hasan@lk3.example.org");

        using var refused = await PostFormAsync(hasan, "/konselor/baru", "/konselor/baru", CounsellorForm("R", maxOpenCases: "99", displayName: " "));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var refusedPage = await refused.Content.ReadAsStringAsync();
        Assert.Contains("Nama harus 2 sampai 100 karakter.", refusedPage);
        Assert.Contains("Nama untuk keluarga wajib diisi.", refusedPage);
        Assert.Contains("Batas kasus terbuka harus 1 sampai 50.", refusedPage);
        Assert.Equal(0, await App.QueryAsync(db => db.Counsellors.CountAsync()));

        using var created = await PostFormAsync(hasan, "/konselor/baru", "/konselor/baru",
            CounsellorForm("  Rina Wulandari ", specialities: [ProblemCategory.FamilyConflict, ProblemCategory.DomesticViolence], maxOpenCases: "8"));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var counsellor = await App.QueryAsync(db => db.Counsellors.AsNoTracking().SingleAsync());
        Assert.Equal("Rina Wulandari", counsellor.Name);
        Assert.Equal("Bu Rina", counsellor.DisplayName);
        Assert.Equal([ProblemCategory.FamilyConflict, ProblemCategory.DomesticViolence], counsellor.Specialities.Order());
        Assert.Equal(8, counsellor.MaxOpenCases);
        Assert.True(counsellor.Active);
        Assert.Equal($"/konselor/{counsellor.Id}", created.Headers.Location?.OriginalString);

        var list = await hasan.GetStringAsync("/konselor");
        Assert.Contains("Rina Wulandari", list);
        Assert.Contains("Konflik keluarga, Kekerasan (KDRT)", list);
        Assert.Contains("belum tertaut", list);

        var page = $"/konselor/{counsellor.Id}";
        using var edited = await PostFormAsync(hasan, page, page,
            CounsellorForm("Rina Wulandari", specialities: [ProblemCategory.FamilyConflict], maxOpenCases: "8", onLeave: true, onDuty: true));
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        counsellor = await App.QueryAsync(db => db.Counsellors.AsNoTracking().SingleAsync());
        Assert.False(counsellor.Active);
        Assert.True(counsellor.OnDuty);
        Assert.Equal([ProblemCategory.FamilyConflict], counsellor.Specialities);
        Assert.Contains("cuti", await hasan.GetStringAsync("/konselor"));

        using var withCode = await PostFormAsync(hasan, page, $"{page}?handler=Code", []);
        Assert.Equal(HttpStatusCode.OK, withCode.StatusCode);
        var codePage = await withCode.Content.ReadAsStringAsync();
        Assert.Contains("ke bot LK3 di Telegram (berlaku 24 jam)", codePage);
        var code = LinkCode().Match(codePage).Groups[1].Value;
        Assert.Equal(8, code.Length);
        Assert.DoesNotContain(code, await hasan.GetStringAsync(page)); // shown once

        var chat = new CounsellorChat(() => App, Api, FamilyChat.NewChatId());
        Assert.Contains("Selamat datang, Bu Rina", await chat.SayAsync($"/daftar {code}"));
        Assert.Equal(chat.ChatId.ToString(), await App.QueryAsync(db => db.Counsellors.Select(c => c.Contact == null ? null : c.Contact.ChatId).SingleAsync()));
        Assert.DoesNotContain("belum tertaut", await hasan.GetStringAsync("/konselor"));

        var audit = await AuditAsync();
        Assert.Equal(["counsellor.create", "counsellor.update", "counsellor.link-code"], audit.Select(a => a.Action));
        Assert.All(audit, a => Assert.Equal("Hasan", a.UserName));
        Assert.All(audit, a => Assert.Null(a.CaseId));
        Assert.Contains("cuti tidak → ya", audit[1].Details);
        Assert.DoesNotContain(code, string.Join(" ", audit.Select(a => a.Details)));
    }

    [SkippableFact]
    public async Task Counsellors_are_turned_away_from_both_pages_and_supervisors_from_the_accounts()
    {
        Database.SkipIfUnavailable();
        var rinaId = (await AddCounsellorAsync("Rina Wulandari", ProblemCategory.FamilyConflict)).Id;
        await AddUserAsync("rina@lk3.example.org", "Rina", StaffRoles.Counsellor, rinaId);
        await AddUserAsync("hasan@lk3.example.org", "Hasan", StaffRoles.Supervisor);

        using var anonymous = App.NewClient(followRedirects: false);
        using var toSignIn = await anonymous.GetAsync("/konselor");
        Assert.StartsWith("/masuk", toSignIn.Headers.Location?.PathAndQuery);

        using var rina = await SignedInAsync("rina@lk3.example.org");
        foreach (var path in new[] { "/konselor", "/konselor/baru", $"/konselor/{rinaId}", "/akun", "/akun/baru" })
        {
            await AssertDeniedAsync(rina, path);
        }
        using var hasan = await SignedInAsync("hasan@lk3.example.org");
        Assert.Equal(HttpStatusCode.OK, (await hasan.GetAsync("/konselor")).StatusCode);
        await AssertDeniedAsync(hasan, "/akun");
        await AssertDeniedAsync(hasan, "/akun/baru");
        var hasanId = await App.QueryAsync(db => db.Users.Where(u => u.Email == "hasan@lk3.example.org").Select(u => u.Id).SingleAsync());
        await AssertDeniedAsync(hasan, $"/akun/{hasanId}");
    }

    [SkippableFact]
    public async Task An_admin_with_no_counsellor_is_shown_the_first_steps_and_a_counsellors_page_leads_to_their_account_filled_in()
    {
        Database.SkipIfUnavailable();
        using var admin = await SignedInAsync(BotApp.AdminEmail, BotApp.AdminPassword);
        Assert.Contains("Langkah pertama: tambahkan konselor", await admin.GetStringAsync("/kasus"));

        var rina = await AddCounsellorAsync("Rina Wulandari", ProblemCategory.FamilyConflict);

        Assert.DoesNotContain("Langkah pertama", await admin.GetStringAsync("/kasus"));
        Assert.Contains($"href=\"/akun/baru?konselor={rina.Id}\"", await admin.GetStringAsync($"/konselor/{rina.Id}"));
        var form = await admin.GetStringAsync($"/akun/baru?konselor={rina.Id}");
        Assert.Contains("value=\"Rina Wulandari\"", form);
        Assert.Matches($"<option value=\"{rina.Id}\" selected=\"selected\">Rina Wulandari</option>", form);
        Assert.Matches($"<option value=\"{StaffRoles.Counsellor}\" selected=\"selected\">", form);
        // A supervisor sees everyone's cases but makes no accounts: no first steps, no link.
        await AddUserAsync("hasan@lk3.example.org", "Hasan", StaffRoles.Supervisor);
        using var hasan = await SignedInAsync("hasan@lk3.example.org");
        Assert.DoesNotContain("/akun/baru", await hasan.GetStringAsync($"/konselor/{rina.Id}"));
    }

    [SkippableFact]
    public async Task An_admin_creates_a_counsellors_account_that_signs_in_and_a_weak_password_creates_nothing()
    {
        Database.SkipIfUnavailable();
        var rinaId = (await AddCounsellorAsync("Rina Wulandari", ProblemCategory.FamilyConflict)).Id;
        using var admin = await SignedInAsync(BotApp.AdminEmail, BotApp.AdminPassword);
        var accountsBefore = await App.QueryAsync(db => db.Users.CountAsync());

        using var weak = await PostFormAsync(admin, "/akun/baru", "/akun/baru",
            AccountForm("Rina", "rina@lk3.example.org", StaffRoles.Counsellor, rinaId, "lemah"));
        Assert.Equal(HttpStatusCode.OK, weak.StatusCode);
        Assert.Contains("Kata sandi minimal 10 karakter.", await weak.Content.ReadAsStringAsync());

        using var unlinked = await PostFormAsync(admin, "/akun/baru", "/akun/baru",
            AccountForm("Rina", "rina@lk3.example.org", StaffRoles.Counsellor, null, "Kata-Sandi-Baru-1"));
        Assert.Equal(HttpStatusCode.OK, unlinked.StatusCode);
        Assert.Contains("Akun konselor harus ditautkan ke seorang konselor.", await unlinked.Content.ReadAsStringAsync());
        Assert.Equal(accountsBefore, await App.QueryAsync(db => db.Users.CountAsync()));

        using var created = await PostFormAsync(admin, "/akun/baru", "/akun/baru",
            AccountForm("Rina", "rina@lk3.example.org", StaffRoles.Counsellor, rinaId, "Kata-Sandi-Baru-1"));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var list = await admin.GetStringAsync("/akun");
        Assert.Contains("rina@lk3.example.org", list);
        Assert.Contains("Rina Wulandari", list);

        using var second = await PostFormAsync(admin, "/akun/baru", "/akun/baru",
            AccountForm("Rina Lagi", "rina2@lk3.example.org", StaffRoles.Counsellor, rinaId, "Kata-Sandi-Baru-1"));
        Assert.Contains("Konselor itu sudah ditautkan ke akun lain.", await second.Content.ReadAsStringAsync());

        using var rina = await SignedInAsync("rina@lk3.example.org", "Kata-Sandi-Baru-1");
        using var queue = await rina.GetAsync("/kasus");
        Assert.Equal(HttpStatusCode.OK, queue.StatusCode);
        Assert.Contains("<h1>Kasus</h1>", await queue.Content.ReadAsStringAsync());
        await AssertDeniedAsync(rina, "/konselor");

        var audit = await AuditAsync();
        var entry = Assert.Single(audit);
        Assert.Equal("account.create", entry.Action);
        Assert.Equal("Admin", entry.UserName);
        Assert.Equal("Rina: peran Konselor; konselor Rina Wulandari", entry.Details);
    }

    [SkippableFact]
    public async Task An_admin_changes_a_role_disables_and_unlocks_an_account_but_cannot_demote_or_disable_themselves()
    {
        Database.SkipIfUnavailable();
        var rinaId = (await AddCounsellorAsync("Rina Wulandari", ProblemCategory.FamilyConflict)).Id;
        var hasanId = await AddUserAsync("hasan@lk3.example.org", "Hasan", StaffRoles.Counsellor, rinaId);
        var adminId = await App.QueryAsync(db => db.Users.Where(u => u.Email == BotApp.AdminEmail).Select(u => u.Id).SingleAsync());
        using var admin = await SignedInAsync(BotApp.AdminEmail, BotApp.AdminPassword);
        var hasanPage = $"/akun/{hasanId}";

        using var promoted = await PostFormAsync(admin, hasanPage, hasanPage, RoleForm(StaffRoles.Supervisor, null));
        Assert.Equal(HttpStatusCode.Redirect, promoted.StatusCode);
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
            var hasan = await users.FindByIdAsync(hasanId);
            Assert.Equal([StaffRoles.Supervisor], await users.GetRolesAsync(hasan!));
            Assert.Null(hasan!.CounsellorId);
        }
        using (var hasan = await SignedInAsync("hasan@lk3.example.org"))
        {
            Assert.Equal(HttpStatusCode.OK, (await hasan.GetAsync("/konselor")).StatusCode);
        }

        using var disabled = await PostFormAsync(admin, hasanPage, $"{hasanPage}?handler=Disable", []);
        Assert.Equal(HttpStatusCode.Redirect, disabled.StatusCode);
        Assert.Contains("dinonaktifkan", await admin.GetStringAsync("/akun"));
        await AssertSignInRefusedAsync("hasan@lk3.example.org");

        using var unlocked = await PostFormAsync(admin, hasanPage, $"{hasanPage}?handler=Unlock", []);
        Assert.Equal(HttpStatusCode.Redirect, unlocked.StatusCode);
        using (var hasan = await SignedInAsync("hasan@lk3.example.org"))
        {
            Assert.Equal(HttpStatusCode.OK, (await hasan.GetAsync("/kasus")).StatusCode);
        }

        var adminPage = $"/akun/{adminId}";
        using var demoted = await PostFormAsync(admin, adminPage, adminPage, RoleForm(StaffRoles.Supervisor, null));
        Assert.Equal(HttpStatusCode.OK, demoted.StatusCode);
        Assert.Contains("Anda tidak bisa menurunkan peran akun Anda sendiri.", await demoted.Content.ReadAsStringAsync());
        using var selfDisabled = await PostFormAsync(admin, adminPage, $"{adminPage}?handler=Disable", []);
        Assert.Equal(HttpStatusCode.Redirect, selfDisabled.StatusCode);
        Assert.Contains("Anda tidak bisa menonaktifkan akun Anda sendiri.", await admin.GetStringAsync(adminPage));
        Assert.Null(await App.QueryAsync(db => db.Users.Where(u => u.Id == adminId).Select(u => u.LockoutEnd).SingleAsync()));
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/akun")).StatusCode);

        var audit = await AuditAsync();
        Assert.Equal(["account.update", "account.disable", "account.unlock"], audit.Select(a => a.Action));
        Assert.Equal("Hasan: peran Konselor → Supervisor; konselor Rina Wulandari → —", audit[0].Details);
        Assert.All(audit, a => Assert.DoesNotContain("@", a.Details));
    }

    [SkippableFact]
    public async Task Posts_without_the_anti_forgery_token_are_refused_and_change_nothing()
    {
        Database.SkipIfUnavailable();
        var rinaId = (await AddCounsellorAsync("Rina Wulandari", ProblemCategory.FamilyConflict)).Id;
        using var admin = await SignedInAsync(BotApp.AdminEmail, BotApp.AdminPassword);
        var accountsBefore = await App.QueryAsync(db => db.Users.CountAsync());

        using var counsellor = await admin.PostAsync("/konselor/baru", new FormUrlEncodedContent(CounsellorForm("Dewi Lestari")));
        Assert.Equal(HttpStatusCode.BadRequest, counsellor.StatusCode);
        using var code = await admin.PostAsync($"/konselor/{rinaId}?handler=Code", new FormUrlEncodedContent([]));
        Assert.Equal(HttpStatusCode.BadRequest, code.StatusCode);
        using var account = await admin.PostAsync("/akun/baru",
            new FormUrlEncodedContent(AccountForm("Rina", "rina@lk3.example.org", StaffRoles.Counsellor, rinaId, "Kata-Sandi-Baru-1")));
        Assert.Equal(HttpStatusCode.BadRequest, account.StatusCode);

        Assert.Equal(1, await App.QueryAsync(db => db.Counsellors.CountAsync()));
        Assert.Equal(0, await App.QueryAsync(db => db.CounsellorLinkCodes.CountAsync()));
        Assert.Equal(accountsBefore, await App.QueryAsync(db => db.Users.CountAsync()));
        Assert.Empty(await AuditAsync());
    }

    private static List<KeyValuePair<string, string>> CounsellorForm(
        string name, ProblemCategory[]? specialities = null, string maxOpenCases = "10", bool onLeave = false, bool onDuty = false, string role = "Counsellor",
        string displayName = "Bu Rina")
    {
        List<KeyValuePair<string, string>> form =
            [new("Input.Name", name), new("Input.DisplayName", displayName), new("Input.Role", role), new("Input.MaxOpenCases", maxOpenCases)];
        form.AddRange((specialities ?? []).Select(s => new KeyValuePair<string, string>("Input.Specialities", s.ToString())));
        if (onLeave) form.Add(new("Input.OnLeave", "true"));
        if (onDuty) form.Add(new("Input.OnDuty", "true"));
        return form;
    }

    private static List<KeyValuePair<string, string>> AccountForm(string name, string email, string role, int? counsellorId, string password) =>
    [
        new("Input.DisplayName", name),
        new("Input.Email", email),
        new("Input.Password", password),
        .. RoleForm(role, counsellorId),
    ];

    private static List<KeyValuePair<string, string>> RoleForm(string role, int? counsellorId) =>
        [new("Input.Role", role), new("Input.CounsellorId", counsellorId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "")];

    private static async Task AssertDeniedAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/ditolak", response.Headers.Location?.PathAndQuery);
    }

    /// <summary>What was changed (sign-ins left out: every test signs in).</summary>
    private Task<List<AuditEntry>> AuditAsync() =>
        App.QueryAsync(db => db.AuditEntries.AsNoTracking().Where(a => !a.Action.StartsWith("auth.")).OrderBy(a => a.Id).ToListAsync());

    private async Task AssertSignInRefusedAsync(string email)
    {
        using var client = App.NewClient(followRedirects: false);
        using var refused = await SignInAsync(client, email);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("dikunci", await refused.Content.ReadAsStringAsync());
    }

    [GeneratedRegex("<code>/daftar ([A-Z0-9]{8})</code>")]
    private static partial Regex LinkCode();
}

public sealed class StaffPeopleTestsOnSqlite() : StaffPeopleTests(DatabaseProvider.Sqlite);

public sealed class StaffPeopleTestsOnPostgreSql() : StaffPeopleTests(DatabaseProvider.PostgreSql);
