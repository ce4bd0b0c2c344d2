namespace LK3.Intake.Counsellors;

/// <summary>What the bot says to counsellors and supervisors, in Bahasa Indonesia (LK3's working language).</summary>
internal static class CounsellorTexts
{
    public const string Accept = "Terima";
    public const string Decline = "Tolak";
    public const string NewCase = "<b>Kasus baru {0}</b>\nKategori: {1}\nMendesak: {2}\nKecamatan: {3}\nKontak: {4}";
    public const string OfferQuestion = "Apakah Anda menerima kasus ini?";
    public const string OfferAccepted = "<b>Sudah Anda terima</b> pada {0}.";
    public const string OfferDeclined = "<b>Anda tolak</b>: kasus ditawarkan kepada konselor lain.";
    public const string OfferLapsed = "<b>Tidak dijawab dalam batas waktu</b>: kasus ditawarkan kepada konselor lain.";
    public const string OfferWithdrawn = "<b>Ditarik</b>: petugas menyerahkan kasus kepada konselor lain.";
    public const string Assigned = "Kasus <b>{0}</b> diserahkan kepada Anda oleh petugas LK3. Keluarga sudah diberi tahu bahwa Anda akan menghubunginya.";
    public const string Accepted = "Kasus <b>{0}</b> sekarang Anda tangani. Keluarga sudah diberi tahu bahwa Anda akan menghubunginya.";
    public const string AcceptedPhone = "Nomor telepon yang diberikan keluarga: {0}";
    public const string ContactNote = "Catatan keluarga tentang kontak: <i>{0}</i>";
    public const string Declined = "Baik, kasus <b>{0}</b> kami tawarkan kepada konselor lain.";
    public const string OfferGone = "Tawaran kasus {0} sudah tidak berlaku.";
    public const string Queued = "<b>Perhatian:</b> kasus {0} ({1}) menunggu di antrean: tidak ada konselor yang tersedia.";
    public const string Missed = "<b>Perhatian:</b> kasus {0} ({1}) sudah {2} kali tidak diterima konselor.";
    public const string Linked = "Selamat datang, {0}. Chat ini sekarang terhubung dengan akun konselor Anda di LK3. "
        + "Anda akan menerima kasus baru di sini. Ketik /kasus untuk melihat kasus Anda.";
    public const string LinkUsage = "Tulis kode pendaftaran dari petugas LK3, misalnya: /daftar ABCD2345";
    public const string LinkInvalid = "Kode itu tidak dikenal. Periksa kembali kode dari petugas LK3.";
    public const string LinkExpired = "Kode itu sudah kedaluwarsa (berlaku 24 jam). Mintalah kode baru kepada petugas LK3.";
    public const string LinkUsed = "Kode itu sudah pernah dipakai. Mintalah kode baru kepada petugas LK3.";
    public const string LinkThrottled = "Terlalu banyak kode yang salah dari chat ini. Coba lagi dalam satu jam.";
    public const string LinkChatTaken = "Chat ini sudah terhubung dengan akun konselor lain.";
    public const string NoCases = "Anda tidak sedang menangani kasus.";
    public const string CaseLine = "• <b>{0}</b> · {1} · tahap: {2}";
    public const string Help = "Perintah konselor: /kasus (kasus Anda), /terima NOMOR (menerima kasus yang ditawarkan), "
        + "/tindaklanjut NOMOR TANGGAL [JAM] (menjadwalkan tindak lanjut), /balas NOMOR jawaban (menjawab keluarga), atau balas langsung pesan keluarga.";
    public const string FromFamily = "<b>Pesan keluarga, kasus {0}</b>\n{1}\n\n<i>Balas pesan ini untuk menjawab, atau tulis /balas {0} jawaban.</i>";
    public const string FamilyWaiting = "<b>Pesan keluarga, kasus {0}</b> (belum ada konselor)\n{1}";
    public const string Relayed = "Jawaban Anda sudah dikirim kepada keluarga (kasus {0}).";
    public const string AnswerTooLong = "Jawaban itu terlalu panjang (paling banyak {0} karakter). Mohon dibagi menjadi beberapa pesan.";
    public const string AcceptedDetails = "Untuk: {0}\nCerita keluarga: <i>{1}</i>";
    public const string FamilyEmergency = "<b>DARURAT:</b> keluarga kasus {0} melaporkan keadaan darurat. Mohon segera hubungi mereka.";
    public const string FamilyEmergencySupervisor = "<b>DARURAT:</b> keluarga kasus {0} ({1}) melaporkan keadaan darurat.";
    public const string NotYourCase = "Kasus itu tidak Anda tangani, atau tidak ada.";
    public const string Lapsed = "Tawaran kasus {0} tidak dijawab dalam batas waktu dan kami tawarkan kepada konselor lain.";
    public const string FirstContactReminder = "<b>Pengingat:</b> kasus {0} masih di tahap kontak awal. Mohon hubungi keluarga hari ini.";
    public const string FollowUpDue = "<b>Tindak lanjut hari ini:</b> kasus {0}.";
    public const string FollowUpScheduled = "Tindak lanjut kasus <b>{0}</b> dijadwalkan {1}. Anda akan diingatkan saat itu.";
    public const string FollowUpUsage = "Tulis: /tindaklanjut NOMOR TANGGAL [JAM], misalnya /tindaklanjut LK3-2026-0007 15/12/2026 10.00";
    public const string FollowUpInPast = "Tanggal itu sudah lewat. Pilih tanggal yang akan datang.";
    public const string NextFollowUp = " · tindak lanjut: {0}";
    public const string Yes = "ya";
    public const string No = "tidak";
}
