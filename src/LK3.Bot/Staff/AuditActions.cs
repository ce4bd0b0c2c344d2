namespace LK3.Bot.Staff;

/// <summary>
/// The actions the audit log records, by the short fixed code it keeps (and filters by), and how each reads in the log:
/// "Sari membuka kasus LK3-2026-0007." The code's first part groups them ("case.", "auth.").
/// </summary>
public static class AuditActions
{
    public const string SignIn = "auth.sign-in";
    public const string SignInFailed = "auth.sign-in-failed";
    public const string LockedOut = "auth.locked-out";
    public const string FirstAdmin = "account.first-admin";

    /// <summary>What the member did, as the verb of the sentence (the case and the details follow it).</summary>
    private static readonly Dictionary<string, string> Verbs = new(StringComparer.Ordinal)
    {
        ["case.view"] = "membuka kasus",
        ["case.move"] = "memindahkan kasus",
        ["case.note"] = "menambah catatan pada kasus",
        ["case.reply"] = "membalas keluarga kasus",
        ["case.follow-up"] = "menjadwalkan tindak lanjut kasus",
        ["case.reassign"] = "menyerahkan kasus",
        ["client.erase"] = "menghapus data keluarga",
        ["offer.accept"] = "menerima tawaran kasus",
        ["offer.decline"] = "menolak tawaran kasus",
        ["conversation.person-attended"] = "menandai keluarga yang ingin bicara dengan petugas sudah ditangani",
        ["content.update"] = "mengubah konten",
        ["quick-reply.create"] = "membuat balasan cepat",
        ["quick-reply.update"] = "mengubah balasan cepat",
        ["quick-reply.delete"] = "menghapus balasan cepat",
        ["counsellor.create"] = "menambah konselor",
        ["counsellor.update"] = "mengubah data konselor",
        ["counsellor.link-code"] = "membuat kode tautan Telegram untuk konselor",
        ["account.create"] = "membuat akun petugas",
        ["account.update"] = "mengubah akun petugas",
        ["account.unlock"] = "membuka kunci akun",
        ["account.disable"] = "menonaktifkan akun",
        [FirstAdmin] = "membuat akun admin pertama",
        ["broadcast.create"] = "membuat siaran",
        ["broadcast.cancel"] = "membatalkan siaran",
        [SignIn] = "masuk",
        [SignInFailed] = "gagal masuk",
        [LockedOut] = "tidak bisa masuk karena akun terkunci",
    };

    /// <summary>The groups the log can be filtered by: the code's prefix and what it is called.</summary>
    public static readonly IReadOnlyList<(string Prefix, string Label)> Groups =
    [
        ("case.view", "Membuka kasus"),
        ("case.", "Semua pekerjaan kasus"),
        ("offer.", "Menjawab tawaran kasus"),
        ("client.erase", "Menghapus data keluarga"),
        ("conversation.", "Keluarga yang ingin bicara dengan petugas"),
        ("auth.", "Masuk, gagal masuk, akun terkunci"),
        ("account.", "Akun petugas"),
        ("counsellor.", "Konselor"),
        ("content.", "Konten"),
        ("quick-reply.", "Balasan cepat"),
        ("broadcast.", "Siaran"),
    ];

    /// <summary>The verb for a code; a code this version does not know reads as itself.</summary>
    public static string Verb(string action) => Verbs.GetValueOrDefault(action, action);

    /// <summary>Someone whose e-mail is no account's, as the sentence names them.</summary>
    public const string Unknown = "Seseorang";
}
