using System.Net;
using LK3.Intake.Cases;
using LK3.Intake.Counsellors;
using LK3.Tests.Browser;
using LK3.Tests.EndToEnd;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace LK3.Tests.StaffApp;

/// <summary>
/// An office at work, for the staff app in Chromium: the bot as its own process on SQLite, an admin, a supervisor, and
/// Bu Rahmawati, a counsellor who does not use Telegram, holding ten cases families made through the webhook and she
/// accepted in the web app (some answered, some with new messages, some moved on), beside an urgent one, one nobody can
/// take, and one offered to a counsellor on Telegram.
/// </summary>
public sealed class OfficeFixture() : BotInChromiumFixture("office browser tests")
{
    public const string AdminEmail = EndToEnd.BotApp.AdminEmail;
    public const string AdminPassword = EndToEnd.BotApp.AdminPassword;
    public const string CounsellorEmail = "rahmawati@lk3.example.org";
    public const string SupervisorEmail = "hasan@lk3.example.org";
    public const string StaffPassword = "Kantor-LK3-Bontang-1";

    /// <summary>The stories families tell, by category, kecamatan and whether they are in danger; the first ten become Bu Rahmawati's.</summary>
    private static readonly (ProblemCategory Category, Kecamatan Kecamatan, bool Urgent, string Story)[] Stories =
    [
        (ProblemCategory.FamilyConflict, Kecamatan.BontangUtara, false,
            "Saya dan suami sering bertengkar soal uang belanja, anak-anak jadi takut di rumah.\nKami ingin bicara dengan konselor bersama-sama."),
        (ProblemCategory.ChildProtection, Kecamatan.BontangSelatan, false,
            "Anak saya (8 tahun) tidak mau sekolah dan sering menangis sejak kami pindah rumah."),
        (ProblemCategory.Youth, Kecamatan.BontangBarat, false, "Anak remaja saya sering bolos dan pulang larut malam. Saya bingung harus bagaimana."),
        (ProblemCategory.Health, Kecamatan.BontangUtara, false,
            "Berat badan anak kedua kami kurang, kata bidan gizinya buruk. Kami butuh bantuan makanan dan pendampingan."),
        (ProblemCategory.FamilyConflict, Kecamatan.BontangSelatan, false, "Mertua sering mengatur urusan anak kami. Kami sering berbeda pendapat di rumah."),
        (ProblemCategory.ChildProtection, Kecamatan.BontangBarat, false,
            "Anak tetangga kami sering tidak sekolah dan kami khawatir dengan keadaannya di rumah."),
        (ProblemCategory.Youth, Kecamatan.BontangUtara, false, "Anak saya kecanduan game online dan tidak mau makan bersama keluarga."),
        (ProblemCategory.FamilyConflict, Kecamatan.OutsideBontang, false,
            "Kami akan bercerai dan butuh nasihat soal hak asuh anak. Catatan dari pengadilan: "
            + "https://contoh.example.org/perkara/2026/nomor-0001234567890123456789/lampiran-putusan-sementara"),
        (ProblemCategory.Health, Kecamatan.BontangSelatan, false, "Ibu saya sudah lama sakit dan saya merawatnya sendiri sambil bekerja. Saya kelelahan."),
        (ProblemCategory.ChildProtection, Kecamatan.BontangUtara, false,
            "Cucu saya tinggal dengan saya sejak orang tuanya merantau. Ia sulit diatur di sekolah."),
        (ProblemCategory.DomesticViolence, Kecamatan.BontangBarat, true,
            "Kakak saya sudah lama bertengkar dengan suaminya. Ia minta saya menghubungi LK3 secepatnya."),
        (ProblemCategory.Other, Kecamatan.BontangSelatan, false, "Saya ingin tahu apakah LK3 bisa membantu mengurus akta kelahiran anak angkat kami."),
        (ProblemCategory.Economic, Kecamatan.BontangUtara, false, "Suami sudah tidak bekerja sejak bulan lalu, kami tidak bisa membayar uang sekolah anak."),
    ];

    public int RahmawatiId { get; private set; }
    public int DewiId { get; private set; }

    /// <summary>Bu Rahmawati's ten cases, oldest first.</summary>
    public IReadOnlyList<string> HerCases { get; private set; } = [];

    /// <summary>A case of hers with a conversation: the family wrote, she answered, the family wrote again.</summary>
    public string ConversationCase => HerCases[0];

    public string UrgentCase { get; private set; } = "";
    public string UnheldCase { get; private set; } = "";
    public int BroadcastId { get; private set; }

    protected override IDictionary<string, string> BotSettings => new Dictionary<string, string>
    {
        ["Bootstrap__AdminEmail"] = AdminEmail,
        ["Bootstrap__AdminPassword"] = AdminPassword,
    };

    protected override async Task PrepareAsync()
    {
        await using (var db = Database.NewContext())
        {
            var her = new Counsellor
            {
                Name = "Rahmawati Siregar", DisplayName = "Bu Rahmawati", OnDuty = true, MaxOpenCases = 20,
                Specialities =
                [
                    ProblemCategory.FamilyConflict, ProblemCategory.DomesticViolence, ProblemCategory.ChildProtection,
                    ProblemCategory.Youth, ProblemCategory.Health,
                ],
            };
            var dewi = new Counsellor
            {
                Name = "Dewi Lestari", DisplayName = "Bu Dewi", Specialities = [ProblemCategory.Economic],
                Contact = new(ChannelNames.Telegram, FamilyChat.NewChatId().ToString()),
            };
            db.Counsellors.AddRange(her, dewi);
            await db.SaveChangesAsync();
            (RahmawatiId, DewiId) = (her.Id, dewi.Id);
        }
        using (var admin = await SignedInAsync(AdminEmail, AdminPassword))
        {
            await AddAccountAsync(admin, "Rahmawati", CounsellorEmail, "Counsellor", RahmawatiId);
            await AddAccountAsync(admin, "Hasan Basri", SupervisorEmail, "Supervisor", null);
        }

        var families = new List<FamilyChat>();
        var references = new List<string>();
        foreach (var (category, kecamatan, urgent, story) in Stories)
        {
            var family = new FamilyChat(() => Bot, Api, FamilyChat.NewChatId());
            await family.WalkToSummaryAsync(story, phone: families.Count % 3 == 1, danger: urgent, category: category, kecamatan: kecamatan);
            references.Add(FamilyChat.ReferenceIn(await family.PressAsync("intake:send")));
            families.Add(family);
        }
        HerCases = references[..10];
        (UrgentCase, UnheldCase) = (references[10], references[11]);

        // A family the bot could not understand twice, before any case: it waits for a person.
        var lost = new FamilyChat(() => Bot, Api, FamilyChat.NewChatId());
        await lost.SayAsync("/start");
        await lost.PressAsync("consent:yes");
        await lost.SayAsync("qwzx vbnm plk");
        await lost.SayAsync("zzkq wvx jjj");

        // She takes her ten in the web app, answers some families, moves some cases on; some families write again.
        using var rahmawati = await SignedInAsync(CounsellorEmail, StaffPassword);
        foreach (var reference in HerCases)
        {
            using var accepted = await StaffForms.PostAsync(rahmawati, "/tawaran", $"/tawaran?handler=Accept&reference={reference}", []);
            Assert.Equal($"/kasus/{reference}", accepted.Headers.Location?.OriginalString);
            await families[references.IndexOf(reference)].NextAsync(); // who will contact them
        }
        await families[0].SayAsync("Bu, kapan kami bisa datang ke kantor? Suami hanya libur hari Sabtu.");
        await ReplyAsync(rahmawati, HerCases[0],
            "Selamat siang, Bu. Kantor buka Senin–Jumat; untuk Sabtu saya bisa atur janji temu khusus. Apakah Sabtu pagi jam 9 cocok?");
        await families[0].SayAsync("Sabtu jam 9 bisa, Bu. Terima kasih banyak.");
        await families[3].SayAsync("Apakah ada bantuan susu untuk anak kami?");
        await families[6].SayAsync("Bu, anak saya sekarang tidak mau keluar kamar sama sekali.");
        await families[6].SayAsync("Tolong balas kalau sempat.");
        await ReplyAsync(rahmawati, HerCases[1], "Baik, Bu. Besok saya telepon untuk menjadwalkan kunjungan ke sekolah.");
        foreach (var reference in HerCases.Skip(1).Take(3)) await AdvanceAsync(rahmawati, reference);
        await AdvanceAsync(rahmawati, HerCases[1]);

        await SpreadOverTheLastDaysAsync();
        using var hasan = await SignedInAsync(SupervisorEmail, StaffPassword);
        BroadcastId = await ScheduleBroadcastAsync(hasan);
    }

    /// <summary>A member of staff's browser tab on a screen of <paramref name="width"/> px (a phone at 390, a desktop at 1280).</summary>
    public async Task<StaffBrowser> NewStaffAsync(int width)
    {
        var (context, page) = await NewPageAsync(new()
        {
            ViewportSize = new() { Width = width, Height = width < 600 ? 844 : 800 },
            IsMobile = width < 600,
            HasTouch = width < 600,
            Locale = "id-ID",
            TimezoneId = "Asia/Makassar",
        });
        return new StaffBrowser(context, page);
    }

    /// <summary>Signs in through the sign-in page, as the browser does.</summary>
    public static async Task SignInAsync(IPage page, string email, string password)
    {
        await page.GotoAsync("/masuk");
        await page.GetByLabel("E-mail", new() { Exact = true }).FillAsync(email);
        await page.GetByLabel("Kata sandi", new() { Exact = true }).FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Masuk", Exact = true }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/kasus$"));
    }

    private async Task<HttpClient> SignedInAsync(string email, string password)
    {
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = Bot.Address };
        using var signedIn = await StaffForms.SignInAsync(client, email, password);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return client;
    }

    private static async Task AddAccountAsync(HttpClient admin, string name, string email, string role, int? counsellorId)
    {
        using var created = await StaffForms.PostAsync(admin, "/akun/baru", "/akun/baru", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = name,
            ["Input.Email"] = email,
            ["Input.Password"] = StaffPassword,
            ["Input.Role"] = role,
            ["Input.CounsellorId"] = counsellorId?.ToString() ?? "",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
    }

    private static async Task ReplyAsync(HttpClient counsellor, string reference, string text)
    {
        using var sent = await StaffForms.PostAsync(counsellor, $"/kasus/{reference}", $"/kasus/{reference}?handler=Reply",
            new Dictionary<string, string> { ["text"] = text });
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
    }

    private static async Task AdvanceAsync(HttpClient counsellor, string reference)
    {
        using var moved = await StaffForms.PostAsync(counsellor, $"/kasus/{reference}", $"/kasus/{reference}?handler=Move",
            new Dictionary<string, string> { ["trigger"] = "Advance" });
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
    }

    private static async Task<int> ScheduleBroadcastAsync(HttpClient supervisor)
    {
        var form = new Dictionary<string, string>
        {
            ["Text"] = "<b>Kelas pengasuhan</b> gratis setiap Sabtu pukul 09.00 WITA di kantor LK3, Jl. Awang Long.",
            ["When"] = "later",
            ["Day"] = DateTimeOffset.UtcNow.AddDays(7).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["Hour"] = "09:00",
        };
        using var scheduled = await StaffForms.PostAsync(supervisor, "/siaran/baru", "/siaran/baru?handler=Confirm",
            new Dictionary<string, string>(form) { ["confirmedFamilies"] = "0" });
        Assert.Equal(HttpStatusCode.Redirect, scheduled.StatusCode);
        return int.Parse(scheduled.Headers.Location!.OriginalString.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The cases came in over the last days, not in the last minute: the queue's waiting times are a working week's. One
    /// family of hers had also lost its way with the bot before its case, and waits for a person.
    /// </summary>
    private async Task SpreadOverTheLastDaysAsync()
    {
        await using var db = Database.NewContext();
        Assert.True(CaseReference.TryParse(HerCases[4], out var flagged));
        var lostOnce = await db.Cases.WithReference(flagged).Select(c => c.ClientId).SingleAsync();
        await db.Conversations.Where(v => v.ClientId == lostOnce)
            .ExecuteUpdateAsync(s => s.SetProperty(v => v.WantsPersonSince, DateTimeOffset.UtcNow.AddHours(-2)));
        var cases = await db.Cases.Include(c => c.Messages).Include(c => c.Transitions).OrderBy(c => c.Id).ToListAsync();
        var now = DateTimeOffset.UtcNow;
        for (var i = 0; i < cases.Count; i++)
        {
            var shift = TimeSpan.FromHours(3 * (cases.Count - i)) + TimeSpan.FromMinutes(17 * i);
            cases[i].CreatedAt -= shift;
            var messages = cases[i].Messages.OrderBy(m => m.Id).ToList();
            for (var m = 0; m < messages.Count; m++) messages[m].ReceivedAt -= shift - TimeSpan.FromMinutes(40 * (m + 1));
            foreach (var transition in cases[i].Transitions) transition.At -= shift - TimeSpan.FromMinutes(30);
        }
        await db.SaveChangesAsync();
    }
}
