using LK3.Intake.Cases;
using LK3.Intake.Clients;

namespace LK3.Intake.Conversations;

/// <summary>
/// The bot's own words, in Bahasa Indonesia and English. Texts use the reply markup of
/// <see cref="Reply"/>; placeholders are filled with escaped values only.
/// </summary>
public sealed class ConversationTexts
{
    public const string NoticeVersion = "2026-11";

    public static ConversationTexts For(string language) => language == Languages.English ? English : Indonesian;

    public required string Greeting { get; init; }
    public required string PrivacyNotice { get; init; }
    public required string ConsentQuestion { get; init; }

    /// <summary>The privacy notice in plainer words, for a family that asks what it means.</summary>
    public required string ConsentExplained { get; init; }
    public required string Agree { get; init; }
    public required string Decline { get; init; }
    public required string ConsentThanks { get; init; }
    public required string ConsentDeclined { get; init; }
    /// <summary>A no told with a problem ("tidak, sy dipukul suami"): where help is without this chat; office facts filled in.</summary>
    public required string ConsentDeclinedWithProblem { get; init; }
    public required string ConsentNeededForHelp { get; init; }

    public required string MenuQuestion { get; init; }
    public required string MenuInformation { get; init; }
    public required string MenuHelp { get; init; }
    public required string MenuPartners { get; init; }
    public required string MenuEmergency { get; init; }
    public required string MenuNews { get; init; }
    public required string ConsentNeededForNews { get; init; }
    public required string NewsQuestion { get; init; }
    public required string NewsAllChosen { get; init; }
    public required IReadOnlyDictionary<Broadcasts.NewsTopic, string> NewsTopics { get; init; }
    public required string Subscribed { get; init; }
    public required string Unsubscribed { get; init; }
    public required string NotSubscribed { get; init; }
    public required string NewsInvitation { get; init; }
    public required string MenuErase { get; init; }
    public required string EraseQuestion { get; init; }
    public required string EraseConfirm { get; init; }
    public required string EraseKeep { get; init; }
    public required string Erased { get; init; }
    public required string NothingToErase { get; init; }
    public required string BackToMenu { get; init; }
    public required string OtherTopics { get; init; }
    public required string InformationQuestion { get; init; }
    public required string TopicMissing { get; init; }

    public required string EmergencyIntro { get; init; }
    public required string EmergencyHelpNow { get; init; }
    public required string EmergencyCaseMarkedUrgent { get; init; }

    /// <summary>Shown when the editable emergency topic is missing: these numbers must never be absent.</summary>
    public required string EmergencyNumbersFallback { get; init; }

    public required string AskCategory { get; init; }
    public required IReadOnlyDictionary<ProblemCategory, string> Categories { get; init; }
    public required string AskRecipient { get; init; }
    public required IReadOnlyDictionary<HelpRecipient, string> Recipients { get; init; }
    public required string AskDescription { get; init; }
    public required string DescriptionTooShort { get; init; }
    /// <summary>For a family that hesitates to tell its story ("malu sy ceritanya", "bingung mulai dr mana").</summary>
    public required string StoryHelp { get; init; }

    public required string AskKecamatan { get; init; }

    /// <summary>For a family that cannot name its kecamatan: which kelurahan each has.</summary>
    public required string KecamatanGuide { get; init; }
    /// <summary>"gk mau sebut, takut ketahuan", "rahasia ya?" at the kecamatan question: why it is asked, and who sees it.</summary>
    public required string KecamatanWhy { get; init; }
    /// <summary>"rahasia kan?", "suami sy bakal tau gk?" anywhere after the privacy question: who reads what the family writes.</summary>
    public required string KeptPrivate { get; init; }
    /// <summary>"gk mau kasih no", "jgn hubungi sy dulu" at the contact question: a way without a number, and when.</summary>
    public required string ContactWhy { get; init; }
    /// <summary>"batal aja, takut" during the intake: nothing is thrown away in fear without a second word.</summary>
    public required string IntakeKeptThroughFear { get; init; }
    /// <summary>"maksudnya?", "sy gk ngerti" at the danger question: the question in plainer words.</summary>
    public required string DangerExplained { get; init; }

    private const string KelurahanOfEachKecamatan =
        "• <b>Bontang Utara</b>: Api-Api, Bontang Baru, Bontang Kuala, Guntung, Gunung Elai, Loktuan\n"
        + "• <b>Bontang Selatan</b>: Berbas Pantai, Berbas Tengah, Bontang Lestari, Satimpo, Tanjung Laut, Tanjung Laut Indah\n"
        + "• <b>Bontang Barat</b>: Belimbing, Gunung Telihan, Kanaan\n";
    public required IReadOnlyDictionary<Kecamatan, string> Kecamatans { get; init; }
    public required string AskContactMethod { get; init; }
    public required IReadOnlyDictionary<ContactMethod, string> ContactMethods { get; init; }
    public required string AskPhoneNumber { get; init; }
    public required string InvalidPhoneNumber { get; init; }

    /// <summary>"nomor ini aja" on a channel that does not show the family's number: the number is then asked for.</summary>
    public required string OwnNumberUnseen { get; init; }
    public required string AskDanger { get; init; }
    public required string Yes { get; init; }
    public required string No { get; init; }
    public required string SummaryTitle { get; init; }
    public required string SummaryCategory { get; init; }
    public required string SummaryRecipient { get; init; }
    public required string SummaryDescription { get; init; }
    public required string SummaryKecamatan { get; init; }
    public required string SummaryContact { get; init; }
    public required string SummaryUrgent { get; init; }
    public required string ConfirmQuestion { get; init; }
    public required string Send { get; init; }
    public required string Edit { get; init; }
    public required string Cancel { get; init; }
    public required string CaseCreated { get; init; }
    public required string CaseCreatedUrgent { get; init; }
    public required string CounsellorAssigned { get; init; }
    public required string OfficeClosed { get; init; }
    public required string CheckIn { get; init; }
    public required string OpeningFormat { get; init; }
    public required string Culture { get; init; }

    public required string IntakeCancelled { get; init; }
    public required string NothingToCancel { get; init; }
    public required string ConversationExpired { get; init; }
    public required string AddedToCase { get; init; }
    public required string AddedToWaitingCase { get; init; }
    public required string CounsellorMessage { get; init; }

    /// <summary>An answer from a member of staff who is not a counsellor (an admin, say), signed as the office.</summary>
    public required string StaffMessage { get; init; }
    public required string StatusNoCase { get; init; }
    public required string StatusCase { get; init; }

    /// <summary>Said with the status of a case still at its first stage ({0}: the office's hours): who will contact the family, and when.</summary>
    public required string StatusWaiting { get; init; }

    /// <summary>Said with <see cref="StatusWaiting"/> while the office is closed ({0}: when it opens).</summary>
    public required string StatusOfficeClosed { get; init; }
    public required IReadOnlyDictionary<CaseStage, string> Stages { get; init; }
    public required string LanguageChanged { get; init; }

    public required string NotUnderstood { get; init; }
    public required string StaleButton { get; init; }
    public required string TooLong { get; init; }
    public required string Unsupported { get; init; }
    public required string UnknownCommand { get; init; }
    public required string SomethingWentWrong { get; init; }

    /// <summary>Said when a family's first message is its problem, held until it agrees to the privacy notice.</summary>
    public required string ProblemHeldForConsent { get; init; }
    public required string QuestionHeldForConsent { get; init; }
    public required string HeldMore { get; init; }

    public required string Salam { get; init; }
    public required string GreetingBack { get; init; }
    public required string YoureWelcome { get; init; }
    public required string NoProblem { get; init; }
    public required string TalkLater { get; init; }
    public required string ThisIsLk3 { get; init; }
    public required string Noted { get; init; }

    /// <summary>An answer to a question still to come, kept so that it is not asked ({0}: the answer, as the summary shows it).</summary>
    public required string AnswerKept { get; init; }

    /// <summary>What can be typed at each question, said with "not understood" before the question is asked again.</summary>
    public required IReadOnlyDictionary<ConversationState, string> Hints { get; init; }
    public required string DefaultHint { get; init; }

    /// <summary>After two messages not understood: a person will read the chat. {0}: office hours.</summary>
    public required string PersonOffered { get; init; }
    public required string PersonOfferedClosed { get; init; }

    public required string EmergencyOffer { get; init; }

    /// <summary>The emergency offer in plainer words, for a family that asks what it means.</summary>
    public required string EmergencyOfferExplained { get; init; }

    /// <summary>For a family that says it is safe now, before the offer is repeated.</summary>
    public required string GladSafe { get; init; }

    /// <summary>For fear told where it answers nothing ("masih takut" at the summary).</summary>
    public required string FearHeard { get; init; }

    /// <summary>Someone near and the chat to be hidden ("hapus semua bu suami dtg"): how, and that nothing told is lost.</summary>
    public required string HideChatNow { get; init; }

    /// <summary>For a feeling told with nothing else ("sy sedih bgt", "😭"), and away from the intake, where to go from there.</summary>
    public required string FeelingsHeard { get; init; }
    public required string FeelingsInvite { get; init; }
    public required string CrisisOffer { get; init; }
    public required string EmergencyForCase { get; init; }

    /// <summary>"Apakah ini tentang {0}?", the category in the words of <see cref="CategoryNames"/>.</summary>
    public required string ConfirmCategoryQuestion { get; init; }
    public required IReadOnlyDictionary<ProblemCategory, string> CategoryNames { get; init; }
    public required string NotThis { get; init; }
    public required string StoryOffered { get; init; }
    public required string StoryEnough { get; init; }
    public required string SummaryContactNote { get; init; }
    public required string ChooseAnswerQuestion { get; init; }
    public required IReadOnlyDictionary<IntakeQuestion, string> AnswerNames { get; init; }
    public required string BackToSummary { get; init; }

    /// <summary>Sent once when a chat sends more messages in a short time than the bot answers one by one.</summary>
    public required string FloodNotice { get; init; }

    public static readonly ConversationTexts Indonesian = new()
    {
        Greeting = "Selamat datang di <b>LK3 Kota Bontang</b> (Lembaga Konsultasi Kesejahteraan Keluarga). Kami siap mendengarkan dan membantu keluarga Anda.",
        PrivacyNotice = """
            <b>Privasi Anda</b>
            • Yang kami simpan: jawaban Anda di percakapan ini dan, jika Anda meminta bantuan, cerita singkat serta cara menghubungi Anda.
            • Untuk apa: agar konselor LK3 dapat membantu Anda. Data tidak dibagikan kepada pihak lain tanpa izin Anda, kecuali untuk keselamatan jiwa.
            • Siapa yang melihat: hanya petugas dan konselor LK3 yang menangani kasus Anda.
            • Menghapus: Anda dapat menghapus data Anda kapan saja dengan menulis "hapus data saya" di sini.
            """,
        ConsentQuestion = "Apakah Anda setuju data Anda disimpan untuk keperluan ini? Tanpa persetujuan, Anda tetap bisa membaca informasi layanan kami.",
        ConsentExplained = "Maksudnya: kami menyimpan apa yang Anda tulis di sini hanya agar konselor LK3 bisa membantu Anda. Data Anda tidak "
            + "dibagikan tanpa izin Anda (kecuali untuk keselamatan jiwa), dan bisa Anda hapus kapan saja dengan menulis \"hapus data saya\".",
        KeptPrivate = "Ya, rahasia. Yang Anda tulis di sini hanya dibaca petugas dan konselor LK3 yang menangani kasus Anda. Kami tidak "
            + "memberi tahu keluarga Anda atau siapa pun tanpa izin Anda (kecuali untuk keselamatan jiwa), dan konselor menghubungi Anda hanya "
            + "dengan cara yang Anda pilih. Anda bisa menghapus data Anda kapan saja dengan menulis \"hapus data saya\".",
        ContactWhy = "Nomor telepon tidak wajib. Pilih <b>Lewat chat ini</b>: konselor akan membalas di sini, dan Anda bisa menulis kapan "
            + "Anda siap atau kapan sebaiknya tidak dihubungi.",
        IntakeKeptThroughFear = "Jawaban Anda belum kami hapus. Kapan saja Anda siap, lanjutkan di sini; jika ingin menghapusnya, pilih "
            + "<b>Batal</b>.",
        DangerExplained = "Maksudnya: apakah ada yang bisa terluka atau terancam sekarang atau sebentar lagi — Anda, anak, atau anggota "
            + "keluarga lain? Misalnya dipukul, diancam, atau orang yang menyakiti sedang di rumah. Jawab <b>ya</b> atau <b>tidak</b>.",
        Agree = "Ya, saya setuju",
        Decline = "Tidak setuju",
        ConsentThanks = "Terima kasih atas kepercayaan Anda.",
        ConsentDeclined = "Tidak apa-apa. Kami tidak menyimpan data pribadi Anda. Anda tetap bisa membaca informasi layanan kami.",
        ConsentDeclinedWithProblem = "Baik, cerita Anda tidak kami simpan. Anda tetap bisa dibantu tanpa lewat chat ini:\n"
            + "• Datang ke LK3: {alamat_kantor}\n• Telepon: {telepon_kantor}\n• WhatsApp: {whatsapp_kantor}\n• Jam layanan: {jam_layanan}\n"
            + "Jika berubah pikiran, pilih <b>Minta bantuan</b> kapan saja.",
        ConsentNeededForHelp = "Untuk meminta bantuan, kami perlu menyimpan cerita Anda dan cara menghubungi Anda. Mohon baca pemberitahuan privasi berikut.",
        MenuQuestion = "Apa yang bisa kami bantu? Silakan pilih:",
        MenuInformation = "Informasi layanan",
        MenuHelp = "Minta bantuan",
        MenuPartners = "Lembaga rujukan",
        MenuEmergency = "Darurat",
        MenuNews = "Berlangganan info",
        ConsentNeededForNews = "Untuk mengirimi Anda informasi, kami perlu menyimpan nomor chat Anda dan topik pilihan Anda. "
            + "Mohon baca pemberitahuan privasi berikut.",
        NewsQuestion = "Informasi apa yang ingin Anda terima dari LK3? Pilih topik; Anda bisa berhenti kapan saja dengan mengetik /berhenti.",
        NewsAllChosen = "Anda sudah berlangganan semua topik. Ketik /berhenti kapan saja untuk berhenti.",
        NewsTopics = new Dictionary<Broadcasts.NewsTopic, string>
        {
            [Broadcasts.NewsTopic.GeneralNews] = "Berita LK3",
            [Broadcasts.NewsTopic.ParentingClasses] = "Kelas pengasuhan",
            [Broadcasts.NewsTopic.EconomicAssistance] = "Bantuan ekonomi",
        },
        Subscribed = "Baik, Anda akan menerima informasi tentang <b>{0}</b>.",
        Unsubscribed = "Baik, Anda tidak akan menerima siaran dari LK3 lagi. Untuk berlangganan lagi, pilih \"Berlangganan info\" di menu.",
        NotSubscribed = "Anda tidak sedang berlangganan siaran LK3.",
        NewsInvitation = "Ingin menerima kabar tentang kelas pengasuhan dan bantuan dari LK3? Pilih <b>Berlangganan info</b> di menu.",
        MenuErase = "Hapus data saya",
        EraseQuestion = "Anda meminta agar data Anda dihapus. Kami akan menghapus percakapan ini, cerita dan nomor yang Anda berikan, pesan-pesan Anda, dan "
            + "langganan info Anda. Kasus Anda hanya tersisa sebagai angka statistik tanpa nama. Konselor tidak bisa menghubungi Anda lagi lewat chat ini.\n"
            + "Yakin ingin menghapus?",
        EraseConfirm = "Ya, hapus data saya",
        EraseKeep = "Tidak, kembali",
        NothingToErase = "Kami belum menyimpan data apa pun tentang Anda.",
        Erased = "Data Anda sudah kami hapus. Terima kasih telah menghubungi LK3. Jika suatu saat Anda membutuhkan bantuan lagi, kirim pesan apa saja. "
            + "Dalam keadaan darurat hubungi 112.",
        BackToMenu = "Menu utama",
        OtherTopics = "Informasi lain",
        InformationQuestion = "Informasi apa yang ingin Anda ketahui?",
        TopicMissing = "Maaf, informasi ini sedang tidak tersedia.",
        EmergencyIntro = "Jika Anda atau orang lain dalam bahaya sekarang, segera hubungi nomor berikut.",
        EmergencyHelpNow = "Minta bantuan LK3",
        EmergencyCaseMarkedUrgent = "Kasus Anda <b>{0}</b> kami tandai <b>mendesak</b>.",
        EmergencyNumbersFallback = "112 (darurat) · 110 (polisi) · 119 (ambulans) · SAPA 129 / WhatsApp 08111-129-129",
        AskCategory = "Masalah apa yang sedang dihadapi? Pilih yang paling mendekati.",
        Categories = new Dictionary<ProblemCategory, string>
        {
            [ProblemCategory.FamilyConflict] = "Konflik keluarga",
            [ProblemCategory.DomesticViolence] = "Kekerasan (KDRT)",
            [ProblemCategory.ChildProtection] = "Anak & pengasuhan",
            [ProblemCategory.Youth] = "Masalah remaja",
            [ProblemCategory.Economic] = "Ekonomi & kemiskinan",
            [ProblemCategory.Health] = "Kesehatan & gizi",
            [ProblemCategory.Other] = "Lainnya",
        },
        AskRecipient = "Siapa yang membutuhkan bantuan?",
        Recipients = new Dictionary<HelpRecipient, string>
        {
            [HelpRecipient.Myself] = "Saya sendiri",
            [HelpRecipient.MyChild] = "Anak saya",
            [HelpRecipient.MyFamily] = "Keluarga saya",
            [HelpRecipient.SomeoneElse] = "Orang lain",
            [HelpRecipient.Organisation] = "Lembaga/organisasi",
        },
        AskDescription = "Ceritakan singkat apa yang terjadi (paling banyak {0} karakter). Tulis dengan kata-kata Anda sendiri; "
            + "tidak apa-apa jika tidak lengkap.",
        DescriptionTooShort = "Mohon ceritakan sedikit lebih banyak, agar konselor kami bisa memahami keadaan Anda.",
        StoryHelp = "Tidak apa-apa, pelan-pelan saja. Anda bisa mulai dari yang paling membebani Anda sekarang: apa yang terjadi, sejak "
            + "kapan, dan siapa yang terlibat. Beberapa kalimat sudah cukup, dan hanya petugas serta konselor LK3 yang membacanya.",
        AskKecamatan = "Di kecamatan mana Anda tinggal?",
        KecamatanGuide = "Tidak apa-apa. Ini kelurahan di tiap kecamatan:\n" + KelurahanOfEachKecamatan
            + "Pilih kecamatan yang paling dekat dengan tempat tinggal Anda; alamat lengkapnya dapat ditanyakan konselor nanti.",
        KecamatanWhy = "Kami hanya menanyakan kecamatan, bukan alamat Anda, agar konselor yang tepat dapat membantu. Jawaban Anda hanya "
            + "dilihat petugas dan konselor LK3, tidak oleh keluarga Anda atau orang lain. Jika Anda tinggal di luar Bontang, pilih "
            + "<b>Di luar Bontang</b>.",
        Kecamatans = new Dictionary<Kecamatan, string>
        {
            [Kecamatan.BontangUtara] = "Bontang Utara",
            [Kecamatan.BontangSelatan] = "Bontang Selatan",
            [Kecamatan.BontangBarat] = "Bontang Barat",
            [Kecamatan.OutsideBontang] = "Di luar Bontang",
        },
        AskContactMethod = "Bagaimana sebaiknya konselor menghubungi Anda?",
        ContactMethods = new Dictionary<ContactMethod, string>
        {
            [ContactMethod.ThisChat] = "Lewat chat ini",
            [ContactMethod.PhoneCall] = "Telepon",
        },
        AskPhoneNumber = "Tulis nomor telepon yang aman untuk dihubungi, misalnya 0812 3456 7890.",
        InvalidPhoneNumber = "Maaf, nomor itu sepertinya bukan nomor Indonesia yang benar. Tulis seperti 0812 3456 7890 atau +62 812 3456 7890.",
        OwnNumberUnseen = "Nomor Anda tidak terlihat oleh kami di chat ini.",
        AskDanger = "Apakah ada orang yang dalam bahaya <b>saat ini</b>?",
        Yes = "Ya",
        No = "Tidak",
        SummaryTitle = "<b>Ringkasan permintaan bantuan</b>",
        SummaryCategory = "Masalah",
        SummaryRecipient = "Untuk",
        SummaryDescription = "Cerita",
        SummaryKecamatan = "Kecamatan",
        SummaryContact = "Dihubungi",
        SummaryUrgent = "Mendesak",
        ConfirmQuestion = "Apakah sudah benar? Pilih <b>Kirim</b> untuk mengirim ke LK3.",
        Send = "Kirim",
        Edit = "Ubah",
        Cancel = "Batal",
        CaseCreated = "Terima kasih. Permintaan Anda sudah kami terima dengan nomor <b>{0}</b>.\n"
            + "Seorang konselor LK3 akan menghubungi Anda pada jam layanan ({1}). Simpan nomor ini; ketik /status untuk melihat perkembangannya.",
        CaseCreatedUrgent = "Terima kasih. Permintaan Anda sudah kami terima dengan nomor <b>{0}</b> dan kami tandai <b>mendesak</b>.\n"
            + "Petugas LK3 akan menghubungi Anda secepatnya. Jika ada bahaya sekarang, hubungi 112 atau 110.",
        OfficeClosed = "Kantor LK3 sedang tutup. Kami akan menanggapi permintaan Anda mulai <b>{0} WITA</b>. "
            + "Jika ada yang dalam bahaya sekarang, jangan menunggu: hubungi nomor darurat berikut.",
        OpeningFormat = "dddd, d MMMM yyyy 'pukul' HH.mm",
        CheckIn = "Halo, ini LK3 Kota Bontang. Bagaimana keadaan Anda dan keluarga sekarang? Bila ada yang ingin Anda sampaikan, balas di chat ini; "
            + "pesan Anda akan diteruskan kepada konselor Anda (kasus <b>{0}</b>).",
        Culture = "id-ID",
        CounsellorAssigned = "Kabar baik: konselor LK3 bernama <b>{0}</b> akan menghubungi Anda mengenai kasus <b>{1}</b>.",
        IntakeCancelled = "Baik, dibatalkan. Jawaban yang belum dikirim sudah kami hapus.",
        NothingToCancel = "Tidak ada yang perlu dibatalkan.",
        ConversationExpired = "Percakapan sebelumnya sudah lama tidak aktif, jadi kami kembali ke menu. Jawaban yang belum dikirim sudah kami hapus.",
        AddedToCase = "Pesan Anda sudah kami teruskan kepada konselor Anda (kasus <b>{0}</b>).",
        AddedToWaitingCase = "Pesan Anda tersimpan di kasus <b>{0}</b>. Kasus Anda sedang menunggu konselor; pesan ini akan dibaca bersama kasus Anda.",
        CounsellorMessage = "<b>Konselor LK3 ({0}):</b>\n{1}",
        StaffMessage = "<b>Petugas LK3:</b>\n{0}",
        StatusNoCase = "Anda belum memiliki kasus di LK3. Pilih <b>Minta bantuan</b> jika Anda membutuhkan bantuan.",
        StatusCase = "Kasus <b>{0}</b> (dibuat {1}): tahap <b>{2}</b>.",
        StatusWaiting = "Seorang konselor LK3 akan menghubungi Anda pada jam layanan ({0}).",
        StatusOfficeClosed = "Kantor sedang tutup; kami akan menanggapi mulai <b>{0} WITA</b>.",
        Stages = new Dictionary<CaseStage, string>
        {
            [CaseStage.InitialContact] = "kontak awal",
            [CaseStage.CaseIdentification] = "identifikasi kasus",
            [CaseStage.CaseAssessment] = "penelaahan kasus",
            [CaseStage.InterventionPlanning] = "penyusunan rencana intervensi",
            [CaseStage.Intervention] = "pelaksanaan intervensi",
            [CaseStage.MonitoringEvaluation] = "monitoring dan evaluasi",
            [CaseStage.TerminationReferral] = "terminasi dan rujukan",
            [CaseStage.FollowUpCare] = "pembinaan lanjut",
            [CaseStage.Closed] = "selesai",
        },
        LanguageChanged = "Bahasa diganti ke Bahasa Indonesia. Ketik /bahasa untuk English.",
        NotUnderstood = "Maaf, kami belum memahami pesan Anda.",
        StaleButton = "Tombol itu sudah tidak berlaku.",
        TooLong = "Maaf, pesan Anda terlalu panjang (paling banyak {0} karakter). Mohon dipersingkat.",
        Unsupported = "Maaf, kami hanya bisa membaca pesan teks dan pilihan tombol.",
        UnknownCommand = "Perintah itu tidak kami kenal. Perintah yang tersedia: /menu, /batal, /status, /bahasa.",
        SomethingWentWrong = "Maaf, pesan terakhir Anda tidak dapat kami proses karena gangguan pada sistem kami. Pesan Anda tetap tersimpan untuk petugas. "
            + "Silakan coba lagi, atau ketik /menu.",
        ProblemHeldForConsent = "Terima kasih sudah bercerita. Sebelum kami membantu, kami perlu persetujuan Anda untuk menyimpan cerita Anda.",
        QuestionHeldForConsent = "Pertanyaan Anda akan kami jawab sesudah ini. Mohon baca dulu pemberitahuan privasi kami.",
        HeldMore = "Terima kasih, sudah kami catat.",
        Salam = "Wa'alaikumsalam warahmatullahi wabarakatuh.",
        GreetingBack = "Halo, terima kasih sudah menghubungi LK3 Kota Bontang.",
        YoureWelcome = "Sama-sama. Semoga Anda dan keluarga selalu dalam keadaan baik.",
        NoProblem = "Tidak apa-apa.",
        TalkLater = "Baik. Kapan saja Anda siap, tulis saja di sini; kami ada untuk Anda.",
        HideChatNow = "Baik. Hapus chat ini dari HP Anda sekarang. Yang sudah Anda tulis tetap tersimpan aman di LK3; bila ingin itu juga "
            + "dihapus, tulis \"hapus data saya\" saat Anda aman.",
        ThisIsLk3 = "Benar, ini layanan chat LK3 Kota Bontang (Lembaga Konsultasi Kesejahteraan Keluarga).",
        Noted = "Baik.",
        AnswerKept = "Baik, kami catat: <b>{0}</b>.",
        Hints = new Dictionary<ConversationState, string>
        {
            [ConversationState.AwaitingConsent] = "Balas <b>ya</b> jika Anda setuju, atau <b>tidak</b> jika tidak setuju.",
            [ConversationState.Emergency] = "Balas <b>ya</b> jika Anda ingin konselor LK3 menghubungi Anda, atau <b>menu</b> untuk kembali.",
            [ConversationState.ChoosingNews] = "Tulis topik yang Anda pilih, misalnya \"kelas pengasuhan\", atau <b>menu</b> untuk kembali.",
            [ConversationState.ConfirmingErasure] = "Balas <b>ya</b> untuk menghapus data Anda, atau <b>tidak</b> untuk kembali.",
            [ConversationState.AskCategory] = "Tidak perlu bingung memilih: ceritakan saja dengan kata-kata Anda apa yang terjadi, "
                + "misalnya \"suami sering marah\" atau \"anak tidak mau sekolah\", dan kami yang menggolongkannya. Atau pilih <b>Lainnya</b>.",
            [ConversationState.ConfirmCategory] = "Balas <b>ya</b> atau <b>bukan</b>.",
            [ConversationState.AskRecipient] = "Tulis untuk siapa, misalnya \"saya sendiri\", \"anak saya\" atau \"tetangga\".",
            [ConversationState.AskKecamatan] = "Tulis kecamatan atau kelurahan Anda, misalnya \"Loktuan\" atau \"Berbas Tengah\", atau \"di luar Bontang\".",
            [ConversationState.AskContactMethod] = "Tulis \"lewat chat\" atau \"telepon\", atau langsung tulis nomor telepon Anda.",
            [ConversationState.AskDanger] = "Balas <b>ya</b> jika ada yang dalam bahaya sekarang, atau <b>tidak</b>.",
            [ConversationState.ConfirmIntake] = "Balas <b>kirim</b> jika sudah benar, atau tulis yang ingin diubah, misalnya \"ubah kecamatan\".",
            [ConversationState.ChoosingAnswer] = "Tulis bagian yang ingin diubah, misalnya \"kecamatan\" atau \"nomor telepon\".",
        },
        DefaultHint = "Anda bisa menulis pertanyaan (misalnya \"alamat kantor\" atau \"biaya konseling\"), "
            + "menceritakan masalah Anda, atau memilih salah satu tombol.",
        PersonOffered = "Sepertinya pesan otomatis kami belum bisa membantu. Kami sudah meminta petugas LK3 membaca percakapan ini; "
            + "mereka akan membalas di sini pada jam layanan ({0}). Jika ada yang dalam bahaya sekarang, hubungi <b>112</b>.",
        PersonOfferedClosed = "Kantor sedang tutup; petugas akan membalas mulai <b>{0} WITA</b>.",
        EmergencyOfferExplained = "Maksudnya: jika Anda mau, kami catat permintaan Anda sebagai <b>mendesak</b> dan konselor LK3 menghubungi "
            + "Anda secepatnya. Anda juga boleh langsung menceritakan apa yang terjadi di sini.",
        GladSafe = "Syukurlah Anda aman sekarang.",
        FearHeard = "Kami mendengar Anda, dan Anda tidak sendirian. Jika Anda dalam bahaya sekarang, segera hubungi <b>112</b>.",
        FeelingsHeard = "Terima kasih sudah bercerita. Apa yang Anda rasakan itu berat, dan Anda tidak sendirian: kami di sini untuk "
            + "mendengarkan. Jika ada yang dalam bahaya sekarang, segera hubungi <b>112</b>.",
        FeelingsInvite = "Bila Anda mau, ceritakan apa yang terjadi dengan kata-kata Anda sendiri, sedikit saja juga boleh. "
            + "Konselor LK3 siap membantu.",
        EmergencyOffer = "Kami ingin membantu Anda. Jika Anda ingin konselor LK3 menghubungi Anda secepatnya, balas <b>ya</b> "
            + "atau pilih <b>Minta bantuan LK3</b>.",
        CrisisOffer = "Jika Anda mau, konselor LK3 bisa menghubungi Anda dan menemani Anda mencari jalan keluar. "
            + "Balas <b>ya</b> atau pilih <b>Minta bantuan LK3</b>.",
        EmergencyForCase = "Pesan Anda sudah kami teruskan kepada petugas LK3 yang menangani kasus Anda.",
        ConfirmCategoryQuestion = "Apakah ini tentang <b>{0}</b>?",
        CategoryNames = new Dictionary<ProblemCategory, string>
        {
            [ProblemCategory.FamilyConflict] = "masalah atau pertengkaran dalam keluarga",
            [ProblemCategory.DomesticViolence] = "kekerasan dalam rumah tangga",
            [ProblemCategory.ChildProtection] = "anak dan pengasuhan",
            [ProblemCategory.Youth] = "masalah remaja",
            [ProblemCategory.Economic] = "ekonomi atau kesulitan keuangan",
            [ProblemCategory.Health] = "kesehatan",
            [ProblemCategory.Other] = "masalah lain",
        },
        NotThis = "Bukan",
        StoryOffered = "Ini yang sudah Anda ceritakan:\n<i>{0}</i>\n\nApakah sudah cukup? Pilih <b>Sudah cukup</b>, atau tulis tambahan cerita Anda.",
        StoryEnough = "Sudah cukup",
        SummaryContactNote = "Catatan",
        ChooseAnswerQuestion = "Bagian mana yang ingin Anda ubah?",
        AnswerNames = new Dictionary<IntakeQuestion, string>
        {
            [IntakeQuestion.Category] = "Masalah",
            [IntakeQuestion.Recipient] = "Untuk siapa",
            [IntakeQuestion.Description] = "Cerita",
            [IntakeQuestion.Kecamatan] = "Kecamatan",
            [IntakeQuestion.Contact] = "Cara dihubungi",
            [IntakeQuestion.Danger] = "Bahaya",
        },
        BackToSummary = "Kembali ke ringkasan",
        FloodNotice = "Kami menerima banyak pesan dari Anda dalam waktu singkat. Semua pesan Anda tersimpan, tidak ada yang hilang. "
            + "Kami akan membalas pesan terakhir Anda setelah Anda berhenti sejenak. Dalam keadaan darurat, ketik DARURAT atau hubungi 112.",
    };

    public static readonly ConversationTexts English = new()
    {
        Greeting = "Welcome to <b>LK3 Kota Bontang</b> (the Family Welfare Consultation Office). We are here to listen and to help your family.",
        PrivacyNotice = """
            <b>Your privacy</b>
            • What we keep: your answers in this chat and, if you ask for help, a short account and how to contact you.
            • Why: so that an LK3 counsellor can help you. Nothing is shared with others without your permission, except to protect someone's life.
            • Who sees it: only the LK3 staff and counsellor handling your case.
            • Erasing: you can erase your data at any time by writing "erase my data" here.
            """,
        ConsentQuestion = "Do you agree to us keeping your data for this purpose? Without consent you can still read about our services.",
        ConsentExplained = "In short: we keep what you write here only so that an LK3 counsellor can help you. It is not shared without your "
            + "permission (except to protect someone's life), and you can erase it at any time by writing \"erase my data\".",
        KeptPrivate = "Yes, it is confidential. What you write here is read only by the LK3 staff and counsellors handling your case. We "
            + "tell no one in your family or anyone else without your permission (except to protect someone's life), and a counsellor contacts "
            + "you only in the way you choose. You can erase your data at any time by writing \"erase my data\".",
        ContactWhy = "A telephone number is not needed. Choose <b>Through this chat</b>: the counsellor will answer here, and you can write "
            + "when you are ready, or when you should not be contacted.",
        IntakeKeptThroughFear = "We have not deleted your answers. Whenever you are ready, go on here; to delete them, choose <b>Cancel</b>.",
        DangerExplained = "In other words: could anyone be hurt or threatened now or soon — you, a child or someone else in the family? "
            + "For example being hit or threatened, or the person who hurts you being at home. Answer <b>yes</b> or <b>no</b>.",
        Agree = "Yes, I agree",
        Decline = "I do not agree",
        ConsentThanks = "Thank you for trusting us.",
        ConsentDeclined = "That is fine. We keep no personal data of yours. You can still read about our services.",
        ConsentDeclinedWithProblem = "Understood: we have not kept what you told us. You can still get help without this chat:\n"
            + "• Visit LK3: {alamat_kantor}\n• Telephone: {telepon_kantor}\n• WhatsApp: {whatsapp_kantor}\n• Office hours: {jam_layanan}\n"
            + "If you change your mind, choose <b>Ask for help</b> at any time.",
        ConsentNeededForHelp = "To ask for help we need to keep your account and how to contact you. Please read the privacy notice below.",
        MenuQuestion = "How can we help? Please choose:",
        MenuInformation = "About our services",
        MenuHelp = "Ask for help",
        MenuPartners = "Referral partners",
        MenuEmergency = "Emergency",
        MenuNews = "Subscribe to news",
        ConsentNeededForNews = "To send you information we need to keep your chat and the topics you choose. Please read the privacy notice below.",
        NewsQuestion = "What would you like to hear about from LK3? Choose a topic; you can stop at any time by typing /berhenti.",
        NewsAllChosen = "You are subscribed to every topic. Type /berhenti at any time to stop.",
        NewsTopics = new Dictionary<Broadcasts.NewsTopic, string>
        {
            [Broadcasts.NewsTopic.GeneralNews] = "LK3 news",
            [Broadcasts.NewsTopic.ParentingClasses] = "Parenting classes",
            [Broadcasts.NewsTopic.EconomicAssistance] = "Economic assistance",
        },
        Subscribed = "Fine: you will receive information about <b>{0}</b>.",
        Unsubscribed = "Fine: you will receive no more broadcasts from LK3. To subscribe again, choose \"Subscribe to news\" in the menu.",
        NotSubscribed = "You are not subscribed to LK3's broadcasts.",
        NewsInvitation = "Would you like to hear about parenting classes and assistance from LK3? Choose <b>Subscribe to news</b> in the menu.",
        MenuErase = "Erase my data",
        EraseQuestion = "You asked us to erase your data. We will erase this conversation, the account and number you gave, your messages and your news "
            + "subscription. Your case stays only as an anonymous number in our statistics. "
            + "A counsellor will not be able to reach you through this chat any more.\nAre you sure?",
        EraseConfirm = "Yes, erase my data",
        EraseKeep = "No, go back",
        NothingToErase = "We have not kept any data about you.",
        Erased = "Your data has been erased. Thank you for contacting LK3. If you need help again one day, just send a message. In an emergency call 112.",
        BackToMenu = "Main menu",
        OtherTopics = "Other information",
        InformationQuestion = "What would you like to know?",
        TopicMissing = "Sorry, this information is not available right now.",
        EmergencyIntro = "If you or someone else is in danger now, call these numbers right away.",
        EmergencyHelpNow = "Ask LK3 for help",
        EmergencyCaseMarkedUrgent = "We marked your case <b>{0}</b> as <b>urgent</b>.",
        EmergencyNumbersFallback = "112 (emergency) · 110 (police) · 119 (ambulance) · SAPA 129 / WhatsApp 08111-129-129",
        AskCategory = "What kind of problem is it? Choose the closest.",
        Categories = new Dictionary<ProblemCategory, string>
        {
            [ProblemCategory.FamilyConflict] = "Family conflict",
            [ProblemCategory.DomesticViolence] = "Domestic violence",
            [ProblemCategory.ChildProtection] = "Children & parenting",
            [ProblemCategory.Youth] = "Teenagers",
            [ProblemCategory.Economic] = "Money & poverty",
            [ProblemCategory.Health] = "Health & nutrition",
            [ProblemCategory.Other] = "Something else",
        },
        AskRecipient = "Who needs help?",
        Recipients = new Dictionary<HelpRecipient, string>
        {
            [HelpRecipient.Myself] = "Me",
            [HelpRecipient.MyChild] = "My child",
            [HelpRecipient.MyFamily] = "My family",
            [HelpRecipient.SomeoneElse] = "Someone else",
            [HelpRecipient.Organisation] = "An organisation",
        },
        AskDescription = "Tell us briefly what happened (at most {0} characters). Use your own words; it does not need to be complete.",
        DescriptionTooShort = "Please tell us a little more, so that our counsellor can understand your situation.",
        StoryHelp = "That is all right, take your time. You can start with what weighs on you most now: what happened, since when, and "
            + "who is involved. A few sentences are enough, and only LK3 staff and counsellors read them.",
        AskKecamatan = "Which kecamatan (district) do you live in?",
        KecamatanGuide = "That is all right. These are the kelurahan of each kecamatan:\n" + KelurahanOfEachKecamatan
            + "Choose the kecamatan nearest to where you live; the counsellor can ask for your full address later.",
        KecamatanWhy = "We only ask for your kecamatan, not your address, so that the right counsellor can help. Only LK3's staff and "
            + "counsellors see your answer, not your family or anyone else. If you live outside Bontang, choose <b>Outside Bontang</b>.",
        Kecamatans = new Dictionary<Kecamatan, string>
        {
            [Kecamatan.BontangUtara] = "Bontang Utara",
            [Kecamatan.BontangSelatan] = "Bontang Selatan",
            [Kecamatan.BontangBarat] = "Bontang Barat",
            [Kecamatan.OutsideBontang] = "Outside Bontang",
        },
        AskContactMethod = "How should the counsellor contact you?",
        ContactMethods = new Dictionary<ContactMethod, string>
        {
            [ContactMethod.ThisChat] = "Through this chat",
            [ContactMethod.PhoneCall] = "Phone call",
        },
        AskPhoneNumber = "Write a phone number that is safe to call, for example 0812 3456 7890.",
        InvalidPhoneNumber = "Sorry, that does not look like a valid Indonesian number. Write it like 0812 3456 7890 or +62 812 3456 7890.",
        OwnNumberUnseen = "We cannot see your number in this chat.",
        AskDanger = "Is anyone in danger <b>right now</b>?",
        Yes = "Yes",
        No = "No",
        SummaryTitle = "<b>Summary of your request</b>",
        SummaryCategory = "Problem",
        SummaryRecipient = "For",
        SummaryDescription = "Account",
        SummaryKecamatan = "Kecamatan",
        SummaryContact = "Contact",
        SummaryUrgent = "Urgent",
        ConfirmQuestion = "Is this right? Choose <b>Send</b> to send it to LK3.",
        Send = "Send",
        Edit = "Change",
        Cancel = "Cancel",
        CaseCreated = "Thank you. We have received your request as <b>{0}</b>.\nAn LK3 counsellor will contact you during office hours ({1}). "
            + "Keep this number; type /status to see how it is going.",
        CaseCreatedUrgent = "Thank you. We have received your request as <b>{0}</b> and marked it <b>urgent</b>.\n"
            + "LK3 staff will contact you as soon as possible. If anyone is in danger now, call 112 or 110.",
        OfficeClosed = "The LK3 office is closed now. We will take up your request from <b>{0} WITA</b>. If anyone is in danger now, do not wait: "
            + "call these emergency numbers.",
        OpeningFormat = "dddd d MMMM yyyy 'at' HH:mm",
        CheckIn = "Hello, this is LK3 Kota Bontang. How are you and your family now? If there is anything you would like to tell us, reply in this chat; "
            + "your message goes to your counsellor (case <b>{0}</b>).",
        Culture = "en-GB",
        CounsellorAssigned = "Good news: an LK3 counsellor named <b>{0}</b> will contact you about case <b>{1}</b>.",
        IntakeCancelled = "All right, cancelled. The answers you had not sent are deleted.",
        NothingToCancel = "There is nothing to cancel.",
        ConversationExpired = "The earlier conversation was idle for a long time, so we are back at the menu. Answers you had not sent are deleted.",
        AddedToCase = "We passed your message on to your counsellor (case <b>{0}</b>).",
        AddedToWaitingCase = "Your message is kept with case <b>{0}</b>. Your case is waiting for a counsellor; it will be read together with your case.",
        CounsellorMessage = "<b>LK3 counsellor ({0}):</b>\n{1}",
        StaffMessage = "<b>LK3 staff:</b>\n{0}",
        StatusNoCase = "You have no case with LK3 yet. Choose <b>Ask for help</b> if you need help.",
        StatusCase = "Case <b>{0}</b> (opened {1}): stage <b>{2}</b>.",
        StatusWaiting = "An LK3 counsellor will contact you during office hours ({0}).",
        StatusOfficeClosed = "The office is closed now; we will take it up from <b>{0} WITA</b>.",
        Stages = new Dictionary<CaseStage, string>
        {
            [CaseStage.InitialContact] = "initial contact",
            [CaseStage.CaseIdentification] = "case identification",
            [CaseStage.CaseAssessment] = "case assessment",
            [CaseStage.InterventionPlanning] = "intervention planning",
            [CaseStage.Intervention] = "intervention",
            [CaseStage.MonitoringEvaluation] = "monitoring and evaluation",
            [CaseStage.TerminationReferral] = "termination and referral",
            [CaseStage.FollowUpCare] = "follow-up care",
            [CaseStage.Closed] = "closed",
        },
        LanguageChanged = "Language changed to English. Type /bahasa for Bahasa Indonesia.",
        NotUnderstood = "Sorry, we did not understand your message.",
        StaleButton = "That button is no longer valid.",
        TooLong = "Sorry, your message is too long (at most {0} characters). Please shorten it.",
        Unsupported = "Sorry, we can only read text messages and button choices.",
        UnknownCommand = "We do not know that command. You can use /menu, /batal, /status, /bahasa.",
        SomethingWentWrong = "Sorry, we could not process your last message because of a fault on our side. It is kept for our staff. "
            + "Please try again, or type /menu.",
        ProblemHeldForConsent = "Thank you for telling us. Before we help, we need your agreement to keep what you tell us.",
        QuestionHeldForConsent = "We will answer your question right after this. Please read our privacy notice first.",
        HeldMore = "Thank you, we have noted that.",
        Salam = "Wa'alaikumsalam.",
        GreetingBack = "Hello, thank you for contacting LK3 Kota Bontang.",
        YoureWelcome = "You are welcome. We wish you and your family well.",
        NoProblem = "No problem.",
        TalkLater = "All right. Whenever you are ready, just write here; we are here for you.",
        HideChatNow = "All right. Delete this chat from your phone now. What you wrote stays safe with LK3; to have it erased too, write "
            + "\"erase my data\" when you are safe.",
        ThisIsLk3 = "Yes, this is the chat service of LK3 Kota Bontang (the Family Welfare Consultation Office).",
        Noted = "All right.",
        AnswerKept = "Noted: <b>{0}</b>.",
        Hints = new Dictionary<ConversationState, string>
        {
            [ConversationState.AwaitingConsent] = "Reply <b>yes</b> if you agree, or <b>no</b> if you do not.",
            [ConversationState.Emergency] = "Reply <b>yes</b> if you would like an LK3 counsellor to contact you, or <b>menu</b> to go back.",
            [ConversationState.ChoosingNews] = "Write the topic you choose, for example \"parenting classes\", or <b>menu</b> to go back.",
            [ConversationState.ConfirmingErasure] = "Reply <b>yes</b> to erase your data, or <b>no</b> to go back.",
            [ConversationState.AskCategory] = "No need to choose: just tell us in your own words what is happening, for example \"my husband is "
                + "often angry\" or \"my child will not go to school\", and we will file it. Or choose <b>Other</b>.",
            [ConversationState.ConfirmCategory] = "Reply <b>yes</b> or <b>no</b>.",
            [ConversationState.AskRecipient] = "Write who it is for, for example \"myself\", \"my child\" or \"a neighbour\".",
            [ConversationState.AskKecamatan] = "Write your kecamatan or kelurahan, for example \"Loktuan\" or \"Berbas Tengah\", or \"outside Bontang\".",
            [ConversationState.AskContactMethod] = "Write \"chat\" or \"phone\", or simply write your phone number.",
            [ConversationState.AskDanger] = "Reply <b>yes</b> if someone is in danger now, or <b>no</b>.",
            [ConversationState.ConfirmIntake] = "Reply <b>send</b> if it is right, or write what to change, for example \"change kecamatan\".",
            [ConversationState.ChoosingAnswer] = "Write which part to change, for example \"kecamatan\" or \"phone number\".",
        },
        DefaultHint = "You can write a question (for example \"office address\" or \"cost of counselling\"), "
            + "tell us about your problem, or choose one of the buttons.",
        PersonOffered = "It seems our automatic replies cannot help with this. We have asked LK3 staff to read this chat; "
            + "they will reply here during office hours ({0}). If anyone is in danger right now, call <b>112</b>.",
        PersonOfferedClosed = "The office is closed now; staff will reply from <b>{0} WITA</b>.",
        EmergencyOfferExplained = "In short: if you wish, we record your request as <b>urgent</b> and an LK3 counsellor contacts you as soon "
            + "as possible. You can also simply tell us here what happened.",
        GladSafe = "We are glad you are safe now.",
        FearHeard = "We hear you, and you are not alone. If you are in danger right now, call <b>112</b> at once.",
        FeelingsHeard = "Thank you for telling us. What you feel is heavy, and you are not alone: we are here to listen. "
            + "If anyone is in danger right now, call <b>112</b> at once.",
        FeelingsInvite = "If you like, tell us what happened in your own words; a little is enough. An LK3 counsellor is ready to help.",
        EmergencyOffer = "We want to help you. If you would like an LK3 counsellor to contact you as soon as possible, reply <b>yes</b> "
            + "or choose <b>Ask LK3 for help</b>.",
        CrisisOffer = "If you wish, an LK3 counsellor can contact you and look for a way forward with you. Reply <b>yes</b> or choose <b>Ask LK3 for help</b>.",
        EmergencyForCase = "We have passed your message on to the LK3 staff handling your case.",
        ConfirmCategoryQuestion = "Is this about <b>{0}</b>?",
        CategoryNames = new Dictionary<ProblemCategory, string>
        {
            [ProblemCategory.FamilyConflict] = "a conflict in the family",
            [ProblemCategory.DomesticViolence] = "violence at home",
            [ProblemCategory.ChildProtection] = "a child and their upbringing",
            [ProblemCategory.Youth] = "a teenager's problem",
            [ProblemCategory.Economic] = "money or economic hardship",
            [ProblemCategory.Health] = "health",
            [ProblemCategory.Other] = "another kind of problem",
        },
        NotThis = "No",
        StoryOffered = "This is what you have told us:\n<i>{0}</i>\n\nIs that enough? Choose <b>That is enough</b>, or write more.",
        StoryEnough = "That is enough",
        SummaryContactNote = "Note",
        ChooseAnswerQuestion = "Which part would you like to change?",
        AnswerNames = new Dictionary<IntakeQuestion, string>
        {
            [IntakeQuestion.Category] = "Problem",
            [IntakeQuestion.Recipient] = "For whom",
            [IntakeQuestion.Description] = "Story",
            [IntakeQuestion.Kecamatan] = "Kecamatan",
            [IntakeQuestion.Contact] = "How to contact",
            [IntakeQuestion.Danger] = "Danger",
        },
        BackToSummary = "Back to the summary",
        FloodNotice = "We are receiving many messages from you in a short time. All of them are kept, none is lost. "
            + "We will answer your latest message once you pause for a moment. In an emergency, type EMERGENCY or call 112.",
    };
}
