using System.Net;
using LK3.Bot.Data;
using LK3.Intake.Staff;
using LK3.Tests.EndToEnd;
using LK3.Tests.Privacy;
using LK3.Tests.Telegram;
using Microsoft.EntityFrameworkCore;

namespace LK3.Tests.StaffApp;

/// <summary>
/// `dotnet run` with no settings: the bot as its own process (a real listener, so requests come from a real address) and no
/// <c>Bootstrap:*</c>. In Development the sign-in page offers the first admin to the machine the bot runs on, once;
/// elsewhere it never does.
/// </summary>
public sealed class FirstRunTests : IAsyncLifetime
{
    private const string Email = "kepala@lk3.example.org";
    private const string Password = "Pertama-Kali-2026";

    private readonly TestDatabase _database = TestDatabase.Create(DatabaseProvider.Sqlite);
    private readonly TestCertificate _certificate = TestCertificate.Create();
    private BotApiDouble _api = null!;

    public async Task InitializeAsync() => _api = await BotApiDouble.StartAsync();

    [Fact]
    public async Task In_development_the_first_admin_is_made_on_the_sign_in_page_from_this_machine_only_and_only_once()
    {
        await using var bot = await BotProcess.StartAsync(_api, _database, new Dictionary<string, string> { ["ASPNETCORE_ENVIRONMENT"] = "Development" });
        var first = new FirstAdmin("Bu Kepala", Email, Password);

        // Through the TLS proxy from another machine: the forwarded address is not this machine's, so no offer.
        using var remote = Browser(bot);
        remote.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.7");
        Assert.DoesNotContain("Buat akun admin pertama", await remote.GetStringAsync("/masuk"));
        using var remoteTry = await PostFirstAdminAsync(remote, first, page: "/masuk");
        Assert.Equal("/masuk", remoteTry.Headers.Location?.OriginalString);
        Assert.Equal(0, await AccountsAsync());

        // From this machine: the offer, Identity's password rules, then the admin, signed in at once.
        using var local = Browser(bot);
        var offer = await local.GetStringAsync("/masuk");
        Assert.Contains("Buat akun admin pertama", offer);
        Assert.Contains("<title>Admin pertama — LK3 Kota Bontang</title>", offer);
        using var weak = await PostFirstAdminAsync(local, first with { Password = "pendek" });
        Assert.Equal(HttpStatusCode.OK, weak.StatusCode);
        Assert.Contains("Kata sandi minimal 10 karakter.", await weak.Content.ReadAsStringAsync());
        Assert.Equal(0, await AccountsAsync());

        using var made = await PostFirstAdminAsync(local, first);
        Assert.Equal("/kasus", made.Headers.Location?.OriginalString);
        Assert.Contains("Langkah pertama: tambahkan konselor", await local.GetStringAsync("/kasus"));
        await using (var db = _database.NewContext())
        {
            var admin = await db.Users.SingleAsync();
            Assert.Equal(("Bu Kepala", Email), (admin.DisplayName, admin.Email));
            var roles = db.UserRoles.Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name });
            Assert.True(await roles.AnyAsync(r => r.UserId == admin.Id && r.Name == StaffRoles.Admin));
            Assert.Equal("account.first-admin", (await db.AuditEntries.SingleAsync()).Action);
        }

        // Once: the offer is gone, and a second post (another tab left open) makes no second admin.
        using var later = Browser(bot);
        Assert.DoesNotContain("Buat akun admin pertama", await later.GetStringAsync("/masuk"));
        using var again = await PostFirstAdminAsync(later, first with { Email = "lagi@lk3.example.org" }, page: "/masuk");
        Assert.Equal("/masuk", again.Headers.Location?.OriginalString);
        Assert.Equal(1, await AccountsAsync());
        using var signIn = await StaffForms.SignInAsync(later, Email, Password);
        Assert.Equal("/kasus", signIn.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Outside_development_the_sign_in_page_never_offers_it_and_bootstrap_settings_stay_the_way()
    {
        await using var bot = await BotProcess.StartAsync(_api, _database, new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["DataProtection__CertificatePath"] = _certificate.PfxPath,
            ["DataProtection__CertificatePassword"] = TestCertificate.Password,
        });
        using var local = Browser(bot);

        Assert.DoesNotContain("Buat akun admin pertama", await local.GetStringAsync("/masuk"));
        using var refused = await PostFirstAdminAsync(local, new FirstAdmin("Bu Kepala", Email, Password), page: "/masuk");
        Assert.Equal("/masuk", refused.Headers.Location?.OriginalString);
        Assert.Equal(0, await AccountsAsync());
    }

    private sealed record FirstAdmin(string DisplayName, string Email, string Password);

    private static HttpClient Browser(BotProcess bot) =>
        new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() }) { BaseAddress = bot.Address };

    private static Task<HttpResponseMessage> PostFirstAdminAsync(HttpClient client, FirstAdmin admin, string page = "/masuk") =>
        StaffForms.PostAsync(client, page, "/masuk?handler=FirstAdmin",
            new Dictionary<string, string> { ["DisplayName"] = admin.DisplayName, ["Email"] = admin.Email, ["Password"] = admin.Password });

    private async Task<int> AccountsAsync()
    {
        await using var db = _database.NewContext();
        return await db.Users.CountAsync();
    }

    public async Task DisposeAsync()
    {
        await _api.DisposeAsync();
        await _database.DisposeAsync();
        _certificate.Dispose();
    }
}
