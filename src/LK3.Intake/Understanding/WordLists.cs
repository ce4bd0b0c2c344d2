namespace LK3.Intake.Understanding;

/// <summary>
/// The concepts the bot recognises and their words. docs/understanding.md explains each list and why it is there;
/// change them together, and run the understanding evaluation after any change.
/// </summary>
internal static class WordLists
{
    public static readonly ConceptWords[] All =
    [
        // ── People ─────────────────────────────────────────────
        new(Concept.Self) { Words = "saya aku gue kami kita i me my mine myself we our us im i'm" },
        new(Concept.Partner)
        {
            Words = "suami istri pasangan mantan pacar husband wife partner ex spouse boyfriend girlfriend",
            Phrases = ["laki saya", "laki aku", "mantan suami", "mantan istri", "calon suami"],
        },
        new(Concept.Child)
        {
            Words = "anak bayi balita bocah putra putri cucu keponakan murid son daughter child children kid kids baby toddler boy girl",
            Phrases = ["anak kecil", "anak halus", "anak laki", "anak perempuan", "anak gadis"],
        },
        new(Concept.FamilyMember)
        {
            Words = "ibu bapak adik kakak abang mertua menantu ipar saudara nenek kakek om tante paman bibi keluarga orangtua mama ayah bunda " +
                    "papa " +
                    "mother father mom dad parents brother sister grandmother grandfather family uncle aunt",
            Phrases = ["orang tua"],
        },
        new(Concept.Outsider) { Words = "tetangga teman atasan bos guru orang majikan neighbour neighbor friend boss teacher stranger someone" },
        new(Concept.Thing)
        {
            Words = "meja pintu tembok dinding barang piring gelas kaca lemari kursi ponsel motor mobil kasur bantal sampah rumput foto kertas " +
                    "table wall door",
        },
        // Only for a blow dealt to clothes ("nyetrika baju"): a child in a uniform is still a child ("anak sy yg pake seragam diculik").
        // A child out of reach: asked to meet someone ("diajak ketemuan sm org dr ff"), not at home; danger only said of a child.
        new(Concept.ChildAway) { Phrases = ["diajak ketemuan", "mau ketemuan", "ajak ketemuan", "tidak ada di rumah", "tidak pulang pulang"] },
        new(Concept.Clothing) { Words = "baju pakaian celana seragam" },
        new(Concept.Idiom)
        {
            Phrases = ["setengah mati", "angkat tangan", "mati aku", "mati suri", "mati lampu", "lampu mati", "ponsel mati", "motor mati",
                       "kepala mau pecah", "bunuh ayam", "potong ayam", "bunuh nyamuk", "bunuh kecoa", "bunuh tikus", "saling lempar", "main game",
                       "game tembak", "tembak tembakan", "killing time", "video bunuh", "film bunuh", "berita bunuh", "kasus bunuh",
                       "video culik", "film culik", "berita culik", "kasus culik", "ditinggal kerja", "ditinggal merantau",
                       "terancam diskors", "terancam dikeluarkan", "terancam dipecat", "terancam digusur", "terancam putus", "terancam tidak naik",
                       "terancam disita", "terancam drop out", "terancam bangkrut", "terancam cerai", "terancam dipenjara", "terancam penjara",
                       "kebakaran jenggot", "banting tulang", "banting setir"],
        },
        new(Concept.Hypothetical) { Words = "misal misalnya seandainya andaikan umpamanya", Phrases = ["kalau ada", "jika ada", "if someone"] },
        new(Concept.Lender) { Words = "pinjol rentenir penagih", Phrases = ["debt collector", "tukang tagih", "pinjaman online", "renten"] },
        new(Concept.Organisation)
        {
            Words = "organisasi instansi lembaga perusahaan yayasan komunitas sekolah kantor company organisation organization institution",
        },

        // ── Danger ─────────────────────────────────────────────
        new(Concept.Hit)
        {
            Verbs = "pukul tendang tampar tonjok jotos hajar gebuk aniaya siksa cekik jambak dorong injak sundut tinju tempeleng gampar " +
                    "bogem sikut sepak cakar sabet cambuk cubit keroyok lempar tabok jewer hantam jitak injak gigit setrika bentur smack sipak",
            // Dragged or dipped, not "uang lg seret" (money is tight) nor "teh celup".
            Exact = "dibanting ngebanting membanting diseret nyeret menyeret diseret-seret dicelup dicelupin dicelupkan",
            Words = "hit hits hitting beat beats beating kick kicking punch punching slap slapping choke choking choked strangle strangled hurt " +
                    "hurting",
            Phrases = ["main tangan", "ringan tangan", "main pukul", "siram air panas", "poured boiling", "threw boiling", "siram air keras",
                       "siram bensin", "siram minyak panas",
                       "lempar barang", "attacked me", "pukul pakai", "banting ke lantai", "minta ampun", "teriak minta tolong", "suara pukulan"],
        },
        new(Concept.Rage)
        {
            Verbs = "amuk murka banting",
            Words = "mengamuk ngamuk kalap sakau rage furious",
            Phrases = ["marah besar", "kesetanan", "banting barang", "barang pecah", "pecahkan barang"],
        },
        new(Concept.Weapon)
        {
            Verbs = "todong",
            Words = "pisau golok badik parang celurit clurit arit sabit mandau pedang samurai sajam senjata pistol senapan tombak kapak linggis " +
                    "keris belati cutter obeng gir beling knife gun weapon machete blade rifle axe",
            Phrases = ["senjata tajam", "benda tajam", "pisau dapur", "air keras", "botol pecah", "pecahan botol", "pecahan kaca", "kayu balok",
                       "besi panjang", "senapan angin"],
        },
        new(Concept.Kill)
        {
            Verbs = "bunuh bacok tusuk tembak bantai gorok penggal racuni pateni",
            Exact = "habisi habisin dihabisi dihabisin menghabisi ngabisin ngehabisin diracun diracuni meracuni",
            Words = "kill killing murder stab stabbing shoot shooting",
            Phrases = ["buat mati", "bikin mati", "membuat mati", "anda mati", "mati anda", "mampus anda", "habisi anda", "bunuh anda",
                       "bakar rumah bersama", "bakar kami", "buang ke laut", "lempar ke laut", "campur sesuatu di minuman", "kasih racun",
                       "tidak bakal lihat matahari", "tidak akan lihat matahari", "tidak akan melihat matahari", "tidak bakal melihat matahari"],
        },
        new(Concept.Threat) { Verbs = "ancam", Words = "threat threaten threatened threatening", Phrases = ["awas kamu", "awas kau", "awas lu", "awas lo"] },
        new(Concept.Intent) { Words = "mau akan bakal hendak ingin going gonna will" },
        new(Concept.Burn) { Verbs = "bakar siram", Words = "burn burning burned burnt scalded" },
        new(Concept.Spread) { Verbs = "sebar viral upload posting" },
        new(Concept.Lock)
        {
            Exact = "dikunci terkunci mengunci ngunci ngunciin dikunciin kekunci dikurung terkurung mengurung ngurung ngurungin dikurungin " +
                    "disekap menyekap nyekap digembok dikerangkeng dipasung diikat diiket mengikat ngikat ngiket dirantai merantai ngerantai",
            Words = "locked trapped",
            Phrases = ["tidak boleh keluar", "tidak bisa keluar", "tidak boleh pergi", "tidak bisa pergi", "kunci dari luar", "lock me", "locked in",
                       "tidak diberi keluar", "tidak dikasih keluar", "tidak dibolehkan keluar", "tidak diizinkan keluar", "dilarang keluar",
                       "tidak boleh masuk", "tidak dibolehkan masuk", "tidak dibolehin masuk", "disuruh berdiri di luar", "ditahan di rumah",
                       "tidak boleh pulang"],
        },
        new(Concept.Oneself) { Words = "diri himself herself themselves", Phrases = ["diri sendiri", "dirinya sendiri"] },
        new(Concept.SelfHarm)
        {
            Words = "suicide suicidal",
            Phrases =
            [
                "bunuh diri", "gantung diri", "ingin mati", "mau mati", "lebih baik mati", "mati saja", "pilih mati", "akhiri hidup",
                "mengakhiri hidup", "tidak mau hidup", "tidak ingin hidup", "hidup tidak ada arti", "hidup tidak berarti", "tidak ada gunanya hidup",
                "minum obat banyak", "obat banyak sekaligus", "minum racun", "obat nyamuk", "minum baygon", "potong nadi", "iris nadi",
                "sayat tangan", "silet tangan", "lukai diri", "sakiti diri", "susul almarhum", "susul almarhumah", "tidak bangun lagi",
                "kill myself", "end my life", "ending my life", "end it all", "want to die", "wanna die", "hurt myself", "cut myself",
                "self harm", "not want to live", "dont want to live", "do not want to live", "want to end", "wish i was dead",
                "better off dead", "no reason to live", "kalau saya tidak ada", "kalau saya sudah tidak ada", "saya tidak ada lagi",
                "lebih baik saya tidak ada", "surat wasiat", "surat perpisahan", "surat terakhir", "tidak usah lahir", "tidak pernah lahir",
                "menyesal lahir", "tidak kuat hidup", "capek hidup", "lelah hidup", "akhiri semuanya", "racun tikus", "obat serangga",
                "tidak pernah ada", "lebih baik tidak ada", "tidak usah bangun lagi", "tidur selamanya", "tuhan ambil saya",
                "tuhan mengambil saya", "tuhan ambil nyawa", "surat buat anak", "surat untuk anak", "surat buat keluarga", "surat untuk keluarga",
                "surat pamit", "bentur kepala", "benturkan kepala", "pukul kepala sendiri", "sakiti diri sendiri", "lukai diri sendiri",
                "obat tidur satu botol", "minum pembersih", "minum cairan", "minum pemutih", "minum bensin", "minum pestisida",
                "menghilang selamanya", "hilang selamanya", "pergi selamanya", "menyakiti diri", "selamat tinggal semua", "maafkan saya semua",
                "maafkan aku semua", "terima kasih sudah sabar", "goodbye everyone", "bosan hidup", "akhiri semua", "mengakhiri semuanya",
                "barusan sh", "sh lagi", "habis sh", "ingin sh", "mau sh", "wanna kms", "want to kms", "gonna kms", "going to kms",
                "takut dia ngapain", "berbuat nekat", "bertindak nekat", "mau nekat", "ingin nekat",
                "surat buat orang tua", "surat untuk orang tua", "hilang dari dunia", "hilang saja dari dunia", "pergi dari dunia",
                "lenyap dari dunia", "jadi beban buat semua", "menjadi beban bagi semua", "merasa jadi beban", "merasa menjadi beban",
                // Not "sy gk sanggup hidup sm mertua".
                "sudah tidak sanggup hidup", "tidak sanggup hidup lagi", "tidak sanggup hidup begini", "buat apa hidup", "untuk apa hidup",
                "lebih baik tanpa saya",
            ],
            Together = ["loncat jembatan", "lompat jembatan", "terjun jembatan", "loncat gedung", "lompat gedung", "terjun gedung", "loncat lantai",
                        "jump bridge", "silet tangan", "sayat tangan", "racun minum", "gantung tali", "siap tali", "tali pamit", "atap turun",
                        "tulis surat tidak ada", "lompat dermaga", "lompat laut", "lompat tebing", "lompat sungai", "loncat dermaga", "loncat laut",
                        "terjun laut", "susul meninggal", "susul almarhum", "ikut meninggal", "obat botol simpan", "minum racun", "kumpul obat",
                        "loncat jendela", "lompat jendela", "selamat tinggal maaf", "nyebur dermaga", "nyebur laut", "nyebur sungai",
                        "nyebur jembatan", "baygon maaf", "racun maaf", "baygon surat", "racun surat", "minum obat strip",
                        "minum obat sekaligus"],
        },
        new(Concept.Medical)
        {
            Exact = "pendarahan perdarahan keracunan",
            Words = "kejang pingsan overdosis sekarat keselek tersedak tenggelam ambulans ambulan ambulance igd unconscious seizure " +
                    "bleeding overdose",
            Phrases =
            [
                "tidak sadar", "tidak sadarkan diri", "sesak napas", "sesak nafas", "tidak bernapas", "tidak napas", "serangan jantung",
                "muntah darah", "darah banyak", "banyak darah", "darahnya banyak", "gawat darurat", "not breathing", "heart attack",
                "tidak bisa napas", "tidak bisa bernapas", "susah napas", "muka biru", "bibir biru", "darah tidak berhenti", "kena setrum",
                "tersengat listrik", "luka bakar", "digigit ular", "ketabrak", "tertabrak", "mulut mencong", "mulutnya mencong", "wajah mencong",
                "tiba tiba tidak bisa bicara", "tidak bisa bangun", "jatuh di kamar mandi", "tidak merespon", "tidak bergerak", "badan biru",
                "panas tinggi kejang", "minum minyak tanah", "tertelan", "menelan", "keluar darah", "darah keluar", "tidak merespons",
                "tidak bisa digerakkan", "tidak bisa digerakin", "tidak bisa gerak", "jatuh dari tangga", "jatuh dari atap", "jatuh dari pohon",
                "dipanggil tidak ada jawaban", "diketuk tidak ada jawaban", "dipanggil tidak menjawab", "diketuk tidak menjawab",
            ],
        },
        new(Concept.Missing)
        {
            Verbs = "culik",
            Words = "hilang kidnapped abducted missing kidnap tersesat",
            Phrases = ["belum ketemu", "belum bertemu", "dibawa orang", "dibawa lari", "bawa kabur", "dibawa kabur", "bawa lari",
                       "cari ibu", "cari orang tua", "terpisah dari", "jual anak", "anak dijual", "menjual anak", "perdagangan anak",
                       "perdagangan orang", "trafficking", "dibawa pergi", "telepon tidak aktif", "ponsel tidak aktif",
                       "diajak orang tidak dikenal", "paksa bawa", "maksa bawa", "bawa paksa",
                       "dibawa paksa", "wandered off", "cant find", "cannot find", "couldnt find", "could not find", "ngaku saudara",
                       "mengaku saudara", "ngaku keluarga", "mengaku keluarga"],
            Exact = "dijual",
        },
        new(Concept.Trafficking)
        {
            Phrases = ["kerja di malaysia", "kerja ke malaysia", "dikirim ke malaysia", "jadi tkw", "dinikahkan paksa", "kawin paksa"],
        },
        new(Concept.RanAway)
        {
            Words = "kabur minggat",
            Phrases = ["lari dari rumah", "pergi dari rumah", "run away", "ran away", "hari tidak pulang", "malam tidak pulang", "belum pulang",
                       "tidak pulang dari", "tidak pulang sejak", "tidak pulang ke rumah", "tidak sampai sekolah", "tidak sampai di sekolah",
                       "tidak bisa dihubungi", "tidak ada kabar", "tidak tahu ke mana", "tidak tahu dia di mana",
                       "sekarang tidak tahu dimana", "sekarang tidak tahu di mana", "belum bali"],
        },
        new(Concept.SexualAbuse)
        {
            Verbs = "perkosa cabul leceh raba gerayang setubuh sodomi rudapaksa",
            Exact = "digagahi menggagahi dinodai menodai ternoda ditelanjangi menelanjangi ditelanjangin",
            Words = "rape raped molest molested pelecehan pencabulan pemerkosaan",
            Phrases = ["pegang pegang", "dipegang pegang", "sentuh kemaluan", "pegang kemaluan", "pegang dada", "touched me", "sexual abuse",
                       "cium cium", "raba raba", "sentuh sentuh", "grepe grepe", "buka baju", "alat kelamin", "disetubuhi",
                       "suruh buka celana", "dibuka paksa", "paksa buka celana", "paksa lepas baju"],
            // Forced sex in a marriage: "sy dipaksa suami ngelayanin"; a child's naked pictures asked for or sent ("om2 minta anak
            // sy kirim foto bugil"). Dirty pictures sent to a child and blocked are for the counsellor, not the numbers.
            Together = ["paksa melayani suami", "paksa berhubungan", "paksa hubungan badan", "forced sex",
                        "kirim foto bugil", "minta foto bugil", "kirim foto telanjang", "minta foto telanjang", "minta foto tanpa busana",
                        "kirim foto tanpa busana", "minta foto tanpa baju", "kirim foto tanpa baju", "minta foto tidak pakai baju",
                        "kirim foto tidak pakai baju", "anak ajak vcs"],
        },
        new(Concept.Neglect)
        {
            Exact = "kelaparan ditinggal ditinggalkan ditinggalin ditelantarkan dibuang diusir ditelantarin",
            Words = "telantar terlantar sendirian abandoned",
            Phrases = ["tidak dikasih makan", "tidak diberi makan", "left alone", "jalan sendirian", "sendirian di jalan", "sendirian malam",
                       "tidak ada yang kasih makan", "nangis sendirian", "sendirian menangis", "ditaruh di depan", "diletakkan di depan",
                       "ditemukan di depan", "ditinggal di depan"],
        },
        new(Concept.Now)
        {
            Words = "sekarang barusan tadi semalam kemarin now currently tonight",
            Phrases = ["saat ini", "baru saja", "dari tadi", "malam ini", "hari ini", "pagi ini", "detik ini", "right now", "just now", "at the moment",
                       "dari magrib", "dari subuh", "dari pagi", "dari siang", "dari sore", "dari semalam", "dari kemarin", "sampai sekarang"],
        },
        new(Concept.StillNow) { Words = "masih still" },
        new(Concept.Progressive) { Words = "lagi sedang lg is are am" },
        new(Concept.Past)
        {
            Exact = "terakhir",
            Words = "dulu dahulu pernah ago",
            Phrases = ["tahun lalu", "bulan lalu", "minggu lalu", "hari lalu", "waktu itu", "minggu tadi", "kemarin lusa", "waktu kecil", "sudah lama",
                       "sudah cerai", "sudah berubah", "used to", "last year"],
        },
        new(Concept.Plea) { Words = "tolong help sos", Phrases = ["cepat tolong", "please help", "help me", "tolong saya"] },
        new(Concept.Fear)
        {
            Words = "takut ketakutan scared afraid terror jerit teriak ngumpet sembunyi",
            Phrases = ["takut pulang", "tidak berani pulang", "tidak berani", "minta tolong"],
        },
        new(Concept.Habitual) { Words = "sering kadang biasanya jarang often usually sometimes", Phrases = ["tiap hari", "setiap hari", "suka"] },
        new(Concept.Joke)
        {
            Words = "wkwk wkwkwk haha hahaha hehe canda bercanda becanda lol lmao pubg roblox minecraft",
            Phrases = ["cuma bercanda", "just kidding", "main game", "free fire", "mobile legend", "mobile legends", "main ff", "main ml"],
        },
        new(Concept.Injury)
        {
            // Choked or strangled: a hand on the throat is a wound however it ends.
            Words = "berdarah melepuh memar lebam patah bengkak muntah pusing lecet benjol bleeding bruise bruised injured boiling strangled choked",
            // "dipukulin smp biru2", "dihajar sampai babak belur": bruises told in everyday words; not "hati sy luka". A burn is a wound
            // whenever it is dealt: "disiram air panas", "disetrika tangannya", "disundut rokok".
            Phrases = ["sakit banget", "luka baru", "kepala bocor", "sampai biru", "biru biru", "babak belur", "sampai bonyok", "sampai luka",
                       "luka luka", "air panas", "luka bakar", "sundut rokok", "setrika tangan", "setrika kaki", "setrika badan", "setrika punggung",
                       "setrika kulit", "setrika muka", "pakai setrika", "setrika panas", "cekik leher"],
        },
        new(Concept.Safe)
        {
            Words = "aman safe",
            Phrases = ["sudah aman", "sudah di tempat aman", "di rumah orang tua", "sudah pindah", "sudah pergi", "sudah cerai", "sudah berubah"],
        },
        new(Concept.EmergencyWord) { Words = "darurat emergency sos" },
        new(Concept.Hiding) { Words = "ngumpet sembunyi bersembunyi hiding", Phrases = ["hide from"] },
        new(Concept.DangerStated)
        {
            Verbs = "dobrak",
            Words = "terancam",
            Phrases = ["dalam bahaya", "sedang bahaya", "bahaya sekarang", "nyawa saya", "in danger"],
        },

        // ── Problems ───────────────────────────────────────────
        new(Concept.Violence)
        {
            Words = "kdrt kekerasan kasar penganiayaan abuse abused violence violent abusive",
            Phrases = ["kekerasan dalam rumah tangga", "domestic violence", "korban kdrt", "korban kekerasan", "korban pemukulan"],
        },
        new(Concept.VerbalAbuse)
        {
            Verbs = "maki hina bentak caci ejek",
            // Being shamed, not feeling shy ("sy malu klo hrs ke kantor").
            Exact = "ngatain dikatain dikata-katain dipermalukan mempermalukan permalukan malu-maluin dimalu-maluin",
            Words = "insult insulted",
            Phrases = ["kata kasar", "bilang bodoh", "kasar ngomong", "kasar bicara"],
        },
        new(Concept.Control)
        {
            Verbs = "kekang kontrol",
            Phrases = ["tidak boleh kerja", "tidak boleh bekerja", "tidak boleh pegang", "tidak boleh ketemu", "tidak boleh keluar rumah",
                       "dicek tiap hari", "atur semua", "seperti tahanan", "seperti penjara", "gaji saya diambil", "uang saya diambil",
                       "ambil semua gaji", "ambil gaji saya", "tidak dikasih pegang", "harus minta izin", "kalau bukan sama dia", "cek semua",
                       "ambil uang saya", "ambil uang pensiun", "tanpa izin"],
            // "sy diusir suami dr rumah": put out of the home by one's partner.
            Together = ["diusir suami", "diusir istri"],
        },
        new(Concept.Quarrel)
        {
            Verbs = "ribut tengkar cekcok debat",
            Words = "berantem bertengkar bertengkaran pertengkaran konflik perselisihan arguing argue argument fight fighting quarrel",
            Phrases = ["tidak akur", "tidak tegur sapa", "tidak bicara", "tidak berbicara", "diam diaman", "tidak nyambung", "tidak rukun", "can't stand",
                       "cant stand", "tidak cocok", "tidak suka sama", "saling lempar",
                       "tidak harmonis", "didiamkan", "didiemin", "keluarga pecah"],
        },
        new(Concept.Separation)
        {
            Verbs = "cerai pisah gugat talak",
            Words = "perceraian divorce separated separation rujuk",
            Phrases = ["pisah rumah", "pisah ranjang", "mau rujuk", "tidak mau pulang", "pulang ke rumah orang tuanya", "tinggal di rumah ibunya",
                       "ditinggal suami", "ditinggal istri", "suami pergi", "istri pergi", "suami tidak pulang", "istri tidak pulang"],
        },
        new(Concept.Infidelity)
        {
            Verbs = "selingkuh",
            Words = "poligami pelakor affair cheating cheated mesra selingkuhan curiga",
            Phrases = ["nikah lagi", "menikah lagi", "kawin lagi", "wanita lain", "perempuan lain", "laki laki lain", "pria lain", "istri kedua",
                       "chat mesra", "orang ketiga", "pihak ketiga", "main serong", "ada main", "main gila", "curiga selingkuh"],
        },
        new(Concept.InLaw) { Words = "mertua ipar menantu besan in-law" },
        new(Concept.Inheritance)
        {
            Verbs = "kuasai", Words = "warisan waris harta tanah kebun inheritance", Phrases = ["ibu tiri", "bapak tiri", "bagi warisan"],
        },
        new(Concept.Marriage)
        {
            Words = "nikah menikah kawin restu pernikahan jodoh dijodohkan marriage married wedding", Phrases = ["beda suku", "beda agama"],
        },
        new(Concept.YoungChild)
        {
            Words = "balita bayi tk paud sd toddler kindergarten",
            Phrases = ["anak kecil", "anak halus", "sekolah dasar", "primary school"],
        },
        new(Concept.Parenting)
        {
            Verbs = "asuh didik ajar",
            Words = "pengasuhan parenting tantrum ngompol rewel nakal mendidik membesarkan",
            Phrases = ["cara mendidik", "susah diatur", "tidak mau dengar", "tidak nurut", "anak angkat", "orang tua kandung", "jaman sekarang",
                       "titip anak", "cries every", "won't let go", "takut tidur sendiri", "tidak mau tidur sendiri", "berbohong", "bohong",
                       "cara memberi tahu", "cara bilang", "cara menjelaskan", "ambil barang"],
        },
        new(Concept.Adult)
        {
            Words = "dewasa adult",
            Phrases = ["lulusan sma", "lulus sma", "tamat sma", "lulusan smk", "lulus smk", "lulus kuliah", "sudah menikah", "sudah berkeluarga"],
        },
        new(Concept.Teen)
        {
            Words = "remaja abg smp sma smk mts pondok pesantren santri teenager teen teens highschool",
            Phrases = ["anak remaja", "anak gadis", "anak muda", "high school"],
        },
        new(Concept.TeenIssue)
        {
            Verbs = "bolos palak rokok vape judi",
            Words = "pacaran pacar slot miras geng tawuran bully dibully perundungan bullied bullying dating gambling smoking bisexual biseksual " +
                    "gay lesbian lgbt",
            Phrases = ["geng motor", "nilai turun", "nilai jelek", "pulang pagi", "lupa waktu", "main hp", "main game", "dijauhin teman", "dijauhi teman",
                       "beda pilihan kuliah", "balap liar", "putus sekolah", "tidak mau sekolah", "nongkrong", "screen time"],
        },
        new(Concept.School) { Words = "sekolah kelas sekelas guru nilai ujian rapor school class classmate teacher grades", Phrases = ["teman sekolah"] },
        new(Concept.Addiction)
        {
            Words = "narkoba narkotika sabu ganja pemakai sakau kecanduan ketagihan drugs addicted addiction",
            Phrases = ["obat terlarang", "mabuk lem", "minum minum", "mabuk mabukan"],
        },
        new(Concept.Money)
        {
            Words = "uang nafkah utang hutang pinjol cicilan gaji penghasilan pendapatan modal tabungan nunggak tunggakan kontrakan sewa listrik pln " +
                    "pdam tagihan biaya beasiswa beras pesangon juta tabungan miskin bangkrut rentenir kredit pensiun salary money debt rent " +
                    "poor income bills savings sewa",
            Phrases = ["tidak punya uang", "tidak ada uang", "uang belanja", "debt collector", "biaya sekolah", "bayar sekolah", "tidak cukup",
                       "skip meals", "not enough", "tidak bisa makan", "mau makan apa", "punya uang", "tidak sanggup", "tidak mampu", "tidak ada proyek",
                       "tidak ada beras", "tidak bisa bayar", "diusir dari kontrakan", "rumah sewa", "belum dibayar", "telat bayar", "pemilik kos",
                       "tinggal sedikit", "tidak ada pekerjaan"],
        },
        new(Concept.Work)
        {
            Words = "kerja pekerjaan nganggur menganggur pengangguran phk lowongan usaha warung dagang jualan nelayan melaut buruh serabutan " +
                    "proyek ojek petani tambang job work unemployed jobless",
            Phrases = ["cari kerja", "tidak kerja", "tidak bekerja", "di phk", "kapal rusak"],
        },
        new(Concept.Aid) { Words = "pkh bansos bpnt blt sembako zakat assistance", Phrases = ["bantuan sosial", "bantuan ekonomi"] },
        new(Concept.Illness)
        {
            Words = "sakit penyakit stroke diabetes hiv aids kanker tbc tumor lumpuh demam kejang puskesmas dokter bidan posyandu bpjs obat " +
                    "opname gizi stunting pusing pikun demensia alzheimer autis autisme periksa kurus kuning lemas lemes sick illness disease " +
                    "hospital doctor alkohol",
            Phrases = ["rumah sakit", "berat badan", "tumbuh kembang", "keterlambatan tumbuh", "kurang gizi", "gizi buruk", "panas tinggi",
                       "cuci darah", "belum bisa duduk", "belum bisa jalan", "belum bisa bicara", "lupa jalan pulang", "speech delay"],
        },
        new(Concept.Despair)
        {
            Words = "nyerah menyerah pasrah hopeless",
            Phrases = ["tidak kuat", "tidak tahan", "tidak sanggup", "tidak ada gunanya", "putus asa", "tidak ada yang peduli", "give up"],
        },
        new(Concept.Sadness)
        {
            Words = "sedih nangis menangis galau kecewa terpuruk hancur capek lelah sad crying heartbroken",
            Phrases = ["sakit hati", "patah hati", "capek hati", "lelah hati", "hati hancur"],
        },
        new(Concept.Mental)
        {
            Words = "depresi depresif cemas stres stress gelisah panik trauma odgj kambuh kumat gila murung menyendiri halu bipolar skizofrenia " +
                    "halusinasi insomnia psikiater jiwa depressed depression anxiety anxious panic",
            Phrases = ["gangguan jiwa", "kesehatan jiwa", "rumah sakit jiwa", "bicara sendiri", "susah tidur", "tidak bisa tidur", "nangis sendiri",
                       "menangis sendiri", "tidak semangat", "sakit pikiran", "putus asa", "cemas berlebihan", "berdebar", "mental health",
                       "panic attack", "tidak mau keluar kamar", "pikiran kacau", "tidak bisa tidur"],
        },
        new(Concept.Pregnancy) { Words = "hamil melahirkan keguguran nifas persalinan kehamilan pregnant", Phrases = ["baby blues", "habis melahirkan"] },
        new(Concept.Neighbour) { Words = "tetangga lingkungan rt warga neighbour neighbor", Phrases = ["musik kencang", "berisik", "ketua rt", "grup rt"] },
        new(Concept.Workplace)
        {
            Words = "atasan bos majikan karyawan rekan kantor perusahaan mandor workplace boss",
            Phrases = ["di kantor", "rekan kerja", "tempat kerja", "teman kantor"],
        },
        new(Concept.Documents) { Words = "kk ktp akta dokumen ijazah surat sertifikat", Phrases = ["kartu keluarga", "akta kelahiran", "buku nikah"] },
        new(Concept.Disaster)
        {
            Words = "kebakaran banjir longsor roboh gempa bencana",
            Phrases = ["angin kencang", "angin puting beliung", "rumah roboh", "rumah terbakar"],
        },
        new(Concept.Crime)
        {
            Verbs = "copet curi begal rampok jambret", Words = "maling pencurian kecurian penipu", Phrases = ["dompet hilang", "motor hilang"],
        },
        new(Concept.Loneliness)
        {
            Words = "kesepian lonely sendirian",
            Phrases = ["tidak punya teman", "tidak ada teman", "tidak kenal siapa", "no family", "tidak ada keluarga", "teman bicara", "dijenguk"],
        },
        new(Concept.Elderly) { Words = "lansia jompo elderly", Phrases = ["sebatang kara", "tinggal sendiri", "nenek nenek", "kakek kakek"] },
        new(Concept.Disability)
        {
            Words = "tunanetra disabilitas difabel buta tuli bisu cacat lumpuh disabled blind deaf",
            Phrases = ["tuna netra", "tuna rungu", "tuna wicara", "berkebutuhan khusus"],
        },
        new(Concept.Fraud) { Verbs = "tipu", Words = "penipuan scam" },
        new(Concept.Exclusion)
        {
            Verbs = "kucil fitnah",
            Words = "diskriminasi pemilu napi narapidana stigma gosip",
            Phrases = ["dijauhi warga", "beda pilihan", "nama baik", "tidak diterima", "diterima warga"],
        },

        // ── Asking about LK3 ───────────────────────────────────
        new(Concept.Question)
        {
            Words = "apa apakah bagaimana berapa dimana kemana kapan siapa mana bolehkah bisakah adakah what how where when who which whats " +
                    "does do is are can could any",
            Phrases = ["apa saja", "seperti apa", "maksudnya bagaimana", "itu apa", "di mana", "yang mana"],
        },
        new(Concept.AskMarker)
        {
            Words = "tanya bertanya nanya informasi",
            Phrases = ["mau tanya", "mau bertanya", "numpang tanya", "ingin tanya", "ingin bertanya", "tanya dong", "info dong", "minta info",
                       "i want to ask", "can i ask", "i would like to know", "mohon dijelaskan", "tolong jelaskan", "minta penjelasan",
                       "mohon penjelasan", "please explain"],
        },
        new(Concept.Lk3)
        {
            Words = "lk3 layanan pelayanan kalian anda sini service services",
            Phrases = ["di lk3", "di sini", "ini siapa", "siapa ini", "who is this"],
        },
        new(Concept.HelpRequest)
        {
            Words = "bantu bantuan tolong butuh perlu mohon lapor melapor laporan mengadu pengaduan help report",
            Phrases = ["minta tolong", "minta bantuan", "butuh bantuan", "perlu bantuan", "mohon bantuan", "mohon dibantu", "bagaimana ini",
                       "harus bagaimana", "bagaimana ya", "bingung", "need help", "need someone"],
        },
        new(Concept.Story) { Words = "cerita bercerita curhat konsul konseling konsultasi", Phrases = ["mau cerita", "ingin cerita", "talk to"] },

        // ── Conversation ───────────────────────────────────────
        new(Concept.Greeting)
        {
            Words = "halo hallo helo hai hi hey hello permisi pagi siang sore malam p ping punten tabik selamat greetings",
            Phrases = ["selamat pagi", "selamat siang", "selamat sore", "selamat malam", "good morning", "good afternoon", "good evening",
                       "ada orang", "ada yang jaga", "ada admin"],
        },
        new(Concept.Salam) { Words = "assalamualaikum salam", Phrases = ["assalamu alaikum", "assalamualaikum warahmatullahi"] },
        new(Concept.Thanks) { Words = "thanks thank terima", Phrases = ["terima kasih", "thank you", "matur nuwun"] },
        new(Concept.Apology) { Words = "maaf sorry", Phrases = ["salah kirim", "salah kirim pesan", "salah nomor", "kepencet", "wrong number"] },
        new(Concept.Later)
        {
            Words = "nanti sebentar bentar tunggu bye dadah",
            Phrases = ["nanti saya hubungi", "nanti saja", "lain kali", "sampai jumpa", "hubungi lagi", "kabari lagi", "nanti dulu", "see you",
                       "belum siap", "tidak siap", "not ready"],
        },
        new(Concept.Test) { Words = "tes test testing cek" },
        new(Concept.Yes)
        {
            Words = "ya iya yes oke boleh setuju betul benar sesuai silakan lanjut siap baik agree sure yeah yep certainly mau",
            Phrases = ["tidak apa apa", "tidak masalah", "tidak salah", "sudah benar", "sudah betul", "saya tunggu", "no problem", "of course",
                       "go ahead", "kurang lebih", "lebih kurang", "bisa dibilang", "kira kira begitu", "semacam itu", "seperti itu",
                       "more or less"],
        },
        new(Concept.Unsure)
        {
            Words = "entah mungkin maybe unsure",
            Phrases = ["tidak tahu", "belum tahu", "kurang tahu", "tidak yakin", "kurang yakin", "belum yakin", "tidak pasti", "belum pasti",
                       "belum tentu", "tidak tentu",
                       "don't know", "not sure"],
        },
        new(Concept.No)
        {
            Words = "tidak jangan bukan nope no never enggan",
            Phrases = ["tidak usah", "tidak mau", "tidak setuju", "jangan disimpan", "tidak perlu", "tidak sesuai", "kurang sesuai", "belum sesuai",
                       "kurang pas", "kurang tepat", "kurang benar", "belum benar", "do not", "don't", "no thanks"],
        },
        new(Concept.Filler)
        {
            Words = "ibu bu bapak pak kakak kak mbak admin dong deh sih saja nih kok lah yah ya kah pun please pls mohon juga aja sudah data saya " +
                    "simpan disimpan itu ini tersebut the a an it",
        },
        new(Concept.Menu) { Words = "menu kembali back", Phrases = ["menu utama", "main menu", "kembali ke menu", "ke menu"] },
        new(Concept.Cancel) { Words = "batal batalkan cancel", Phrases = ["tidak jadi", "gak jadi", "berhenti isi", "never mind"] },
        new(Concept.English) { Words = "english inggris", Phrases = ["bahasa inggris", "in english", "english please", "speak english"] },
        new(Concept.Indonesian) { Words = "indonesia indonesian", Phrases = ["bahasa indonesia", "in indonesian", "pakai bahasa indonesia"] },
        new(Concept.Status)
        {
            Words = "status",
            Phrases = ["status kasus", "cek kasus", "kasus saya", "perkembangan kasus", "kabar kasus", "sudah sampai mana", "sampai mana",
                       "kapan dihubungi", "kapan saya dihubungi", "kapan ditelepon", "kapan saya ditelepon", "my case",
                       "case status", "when will i be contacted"],
        },
        new(Concept.Erase) { Phrases = ["hapus data", "hapus data saya", "delete my data", "erase my data"] },
        new(Concept.Enough)
        {
            Words = "cukup enough",
            Phrases = ["sudah cukup", "itu saja", "itu aja", "sudah itu", "segitu saja", "pakai cerita ini", "that is all", "that's all"],
        },
        new(Concept.ChangeAnswer) { Verbs = "ubah ganti koreksi ralat perbaiki tambah", Words = "salah change edit fix wrong add" },
        new(Concept.ByChat)
        {
            Words = "chat dichat chatting whatsapp pesan sms sini tulis ketik text message",
            Phrases = ["lewat chat", "di chat", "lewat sini", "di sini saja", "chat saja", "lewat whatsapp", "this chat", "by chat"],
        },
        new(Concept.ByPhone) { Verbs = "telepon", Words = "call phone ponsel", Phrases = ["ditelepon saja", "telepon saja", "by phone", "call me"] },
        new(Concept.ThisNumber)
        {
            Phrases = ["nomor ini", "nomor yang ini", "nomor ponsel ini", "nomor whatsapp ini", "nomor telepon ini", "nomor saya yang ini",
                       "this number", "my whatsapp number"],
        },
        new(Concept.OutsideBontang)
        {
            Exact = "penajam",
            Words = "samarinda balikpapan sangatta kutim kukar tenggarong marangkayu berau tarakan paser outside",
            Phrases = ["luar bontang", "di luar bontang", "luar kota", "bukan bontang", "bukan warga bontang", "kutai timur", "kutai kartanegara",
                       "muara badak", "outside bontang"],
        },
    ];
}
