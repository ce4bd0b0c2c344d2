namespace LK3.Intake.Understanding;

/// <summary>
/// Chat spellings, abbreviations and the regional words of Kalimantan Timur (Banjar, Kutai, Bugis, Javanese), each with
/// the standard Indonesian it stands for, so the rest of the bot reads one language. Keep them lower case.
/// </summary>
internal static class InformalWords
{
    public static readonly IReadOnlyDictionary<string, string> Standard = new Dictionary<string, string>
    {
        // Pronouns and address.
        ["sy"] = "saya", ["sya"] = "saya", ["saia"] = "saya", ["aq"] = "aku", ["ak"] = "aku", ["gw"] = "gue", ["gua"] = "gue",
        ["ulun"] = "saya", ["kulo"] = "saya", ["sayah"] = "saya", ["daku"] = "aku", ["q"] = "aku",
        ["pian"] = "anda", ["njenengan"] = "anda", ["sampeyan"] = "anda", ["kamu"] = "anda", ["km"] = "anda", ["ente"] = "anda",
        ["inya"] = "dia", ["sidin"] = "dia", ["doi"] = "dia", ["dy"] = "dia", ["dya"] = "dia",
        ["bu"] = "ibu", ["buk"] = "ibu", ["bunda"] = "ibu", ["mama"] = "ibu", ["mamah"] = "ibu", ["mak"] = "ibu", ["emak"] = "ibu", ["uma"] = "ibu",
        ["pak"] = "bapak", ["bpk"] = "bapak", ["bapa"] = "bapak", ["abah"] = "bapak", ["papa"] = "bapak", ["papah"] = "bapak", ["ayah"] = "bapak",
        ["kak"] = "kakak", ["mbak"] = "kakak", ["mba"] = "kakak", ["mas"] = "kakak", ["bang"] = "kakak",
        ["ading"] = "adik", ["ade"] = "adik", ["adek"] = "adik", ["dek"] = "adik", ["adk"] = "adik",
        ["ortu"] = "orang tua", ["org"] = "orang", ["urang"] = "orang", ["tuha"] = "tua", ["tmn"] = "teman", ["temen"] = "teman",
        ["bojo"] = "suami", ["bojoku"] = "suami saya", ["lakiku"] = "suami saya", ["bini"] = "istri", ["bininya"] = "istrinya",
        ["misua"] = "suami", ["sodara"] = "saudara", ["sdr"] = "saudara", ["mertuaku"] = "mertua saya",
        ["bubuhan"] = "keluarga", ["kluarga"] = "keluarga", ["klg"] = "keluarga", ["anakku"] = "anak saya", ["cucuku"] = "cucu saya",
        ["min"] = "admin", ["mimin"] = "admin", ["gan"] = "admin",

        // Negation, yes and filler.
        ["gk"] = "tidak", ["ga"] = "tidak", ["gak"] = "tidak", ["ngga"] = "tidak", ["nggak"] = "tidak", ["enggak"] = "tidak", ["engga"] = "tidak",
        ["ndak"] = "tidak", ["nda"] = "tidak", ["kada"] = "tidak", ["tdk"] = "tidak", ["tak"] = "tidak", ["kagak"] = "tidak", ["g"] = "tidak",
        ["moh"] = "tidak", ["ora"] = "tidak", ["mboten"] = "tidak", ["ogah"] = "tidak mau",
        ["kadada"] = "tidak ada", ["gada"] = "tidak ada", ["gaada"] = "tidak ada", ["gkada"] = "tidak ada", ["tdkada"] = "tidak ada",
        ["gpp"] = "tidak apa apa", ["gapapa"] = "tidak apa apa", ["gakpapa"] = "tidak apa apa", ["nggapapa"] = "tidak apa apa", ["ndapapa"] = "tidak apa apa",
        ["jgn"] = "jangan", ["jngn"] = "jangan", ["jg"] = "juga",
        ["y"] = "ya", ["iy"] = "iya", ["iyaa"] = "iya", ["yaa"] = "ya", ["iye"] = "iya", ["iyo"] = "iya", ["nggih"] = "iya", ["enggih"] = "iya",
        ["inggih"] = "iya", ["bujur"] = "benar", ["ok"] = "oke", ["okey"] = "oke", ["okay"] = "oke", ["okeh"] = "oke", ["oce"] = "oke",
        ["sip"] = "oke", ["yoi"] = "iya", ["yup"] = "iya", ["yap"] = "iya", ["bener"] = "benar", ["btl"] = "betul",
        ["aja"] = "saja", ["aj"] = "saja", ["ja"] = "saja", ["haja"] = "saja", ["wae"] = "saja", ["doang"] = "saja",

        // Question words.
        ["gmn"] = "bagaimana", ["gmna"] = "bagaimana", ["gimana"] = "bagaimana", ["gmana"] = "bagaimana", ["kayapa"] = "bagaimana",
        ["piye"] = "bagaimana", ["dimapa"] = "bagaimana", ["kyk"] = "seperti", ["kayak"] = "seperti", ["kaya"] = "seperti",
        ["brp"] = "berapa", ["brapa"] = "berapa", ["dmn"] = "dimana", ["dmana"] = "dimana",
        ["knp"] = "kenapa", ["napa"] = "kenapa", ["ngapa"] = "kenapa", ["magai"] = "kenapa", ["kmn"] = "kemana", ["kmana"] = "kemana",
        ["opo"] = "apa", ["aga"] = "apa", ["apaan"] = "apa", ["iyakah"] = "apakah benar", ["kah"] = "apakah",

        // Time.
        ["skrg"] = "sekarang", ["skg"] = "sekarang", ["skr"] = "sekarang", ["skrang"] = "sekarang", ["sekrang"] = "sekarang",
        ["td"] = "tadi", ["tdi"] = "tadi", ["br"] = "baru", ["bru"] = "baru",
        ["lg"] = "lagi", ["lgi"] = "lagi", ["sdg"] = "sedang", ["lgsg"] = "langsung", ["msh"] = "masih", ["masi"] = "masih", ["isih"] = "masih",
        ["udh"] = "sudah", ["udah"] = "sudah", ["sdh"] = "sudah", ["dah"] = "sudah", ["wis"] = "sudah", ["uda"] = "sudah", ["sudh"] = "sudah",
        ["blm"] = "belum", ["blum"] = "belum", ["lom"] = "belum", ["kmrn"] = "kemarin", ["kmarin"] = "kemarin", ["smlm"] = "semalam",
        ["thn"] = "tahun", ["th"] = "tahun", ["taun"] = "tahun", ["thun"] = "tahun", ["bln"] = "bulan", ["mggu"] = "minggu", ["mgg"] = "minggu",
        ["jm"] = "jam", ["hr"] = "hari", ["ntar"] = "nanti", ["nti"] = "nanti", ["ntr"] = "nanti", ["tp"] = "tapi",
        ["tpi"] = "tapi", ["tarus"] = "terus", ["trs"] = "terus", ["trus"] = "terus",

        // Common words.
        ["yg"] = "yang", ["nang"] = "yang", ["dgn"] = "dengan", ["dg"] = "dengan", ["dng"] = "dengan", ["lawan"] = "dengan",
        ["bgt"] = "banget", ["bngt"] = "banget", ["bgd"] = "banget", ["banar"] = "banget", ["pisan"] = "banget", ["bet"] = "banget",
        ["krn"] = "karena", ["karna"] = "karena", ["krna"] = "karena", ["sm"] = "sama", ["ama"] = "sama", ["sma2"] = "sama",
        ["utk"] = "untuk", ["untk"] = "untuk", ["gasan"] = "untuk", ["dr"] = "dari", ["dri"] = "dari", ["ka"] = "ke",
        ["kl"] = "kalau", ["klo"] = "kalau", ["kalo"] = "kalau", ["kalu"] = "kalau", ["bs"] = "bisa", ["bsa"] = "bisa", ["kawa"] = "bisa",
        ["mo"] = "mau", ["pgn"] = "ingin", ["pengen"] = "ingin", ["pingin"] = "ingin", ["pen"] = "ingin", ["handak"] = "mau", ["hendak"] = "mau",
        ["byk"] = "banyak", ["bnyk"] = "banyak", ["bbrp"] = "beberapa", ["sblm"] = "sebelum", ["stlh"] = "setelah", ["sesudah"] = "setelah",
        ["dpt"] = "dapat", ["hrs"] = "harus", ["mst"] = "mesti", ["tlg"] = "tolong", ["tulung"] = "tolong", ["tlong"] = "tolong",
        ["tlp"] = "telepon", ["telp"] = "telepon", ["tlpn"] = "telepon", ["telpon"] = "telepon", ["telfon"] = "telepon", ["tilpun"] = "telepon",
        ["nelpon"] = "menelepon", ["ditelpon"] = "ditelepon", ["telponan"] = "teleponan", ["ditlp"] = "ditelepon", ["ditelp"] = "ditelepon",
        ["hp"] = "ponsel", ["wa"] = "whatsapp", ["wasap"] = "whatsapp", ["nmr"] = "nomor", ["nomer"] = "nomor",
        ["duit"] = "uang", ["doku"] = "uang", ["baduit"] = "punya uang", ["bagawi"] = "bekerja", ["gawi"] = "kerja",
        ["bacerita"] = "bercerita", ["cerita2"] = "cerita", ["bapandir"] = "berbicara", ["pandir"] = "bicara", ["bakalahi"] = "bertengkar",
        ["kalahi"] = "bertengkar", ["bakalahian"] = "bertengkar", ["tulak"] = "pergi", ["kaluar"] = "keluar", ["lawang"] = "pintu",
        ["mangunci"] = "mengunci", ["takutan"] = "takut", ["kasian"] = "kasihan", ["jar"] = "kata",
        ["ngomong"] = "bicara", ["ngobrol"] = "bicara", ["liat"] = "lihat", ["ngeliat"] = "melihat", ["tau"] = "tahu", ["ngerti"] = "mengerti",
        ["dateng"] = "datang", ["dtg"] = "datang", ["dtng"] = "datang", ["pake"] = "pakai", ["pk"] = "pakai", ["ketemu"] = "bertemu",
        ["rmh"] = "rumah", ["rmah"] = "rumah", ["sklh"] = "sekolah", ["skolah"] = "sekolah", ["kls"] = "kelas", ["klas"] = "kelas",
        ["cape"] = "capek", ["kenceng"] = "kencang", ["capai"] = "capek", ["bantu2"] = "bantu", ["dikit"] = "sedikit", ["gede"] = "besar", ["sampe"] = "sampai",
        ["ampe"] = "sampai", ["smpe"] = "sampai", ["bikin"] = "membuat", ["nyuruh"] = "menyuruh", ["nyari"] = "mencari",
        ["nanya"] = "bertanya", ["nanyain"] = "bertanya", ["tny"] = "tanya", ["tnya"] = "tanya", ["infokan"] = "info",
        ["trims"] = "terima kasih", ["makasih"] = "terima kasih", ["makasi"] = "terima kasih", ["mksh"] = "terima kasih", ["mks"] = "terima kasih",
        ["tq"] = "terima kasih", ["thx"] = "thanks", ["tengkyu"] = "terima kasih", ["suwun"] = "terima kasih", ["nuwun"] = "terima kasih",
        ["ass"] = "assalamualaikum", ["askum"] = "assalamualaikum", ["aslm"] = "assalamualaikum", ["assalamu'alaikum"] = "assalamualaikum",
        ["asalamualaikum"] = "assalamualaikum", ["assalamualaikom"] = "assalamualaikum", ["met"] = "selamat", ["slmt"] = "selamat",
        ["tabe"] = "permisi", ["punten"] = "permisi", ["misi"] = "permisi", ["excuse"] = "permisi",
        ["lk3nya"] = "lk3", ["ttg"] = "tentang", ["tntg"] = "tentang", ["krg"] = "kurang", ["pdhl"] = "padahal", ["sblmnya"] = "sebelumnya",
        ["lakinya"] = "suaminya", ["rancak"] = "sering", ["amun"] = "kalau", ["wayahini"] = "sekarang", ["guring"] = "tidur",
        ["kapala"] = "kepala", ["dibari"] = "diberi", ["bari"] = "beri", ["ndik"] = "tidak", ["biyen"] = "dulu", ["nanging"] = "tapi", ["lan"] = "dan", ["yen"] = "kalau", ["cedhak"] = "dekat",
        ["seneng"] = "suka", ["deweke"] = "dia", ["tobat"] = "berubah", ["de"] = "tidak", ["mantu"] = "menantu", ["sakolah"] = "sekolah", ["isuk"] = "pagi", ["manangis"] = "menangis",
        ["wedi"] = "takut", ["turu"] = "tidur", ["dewe"] = "sendiri", ["bengi"] = "malam", ["saben"] = "setiap", ["wong"] = "orang",
        ["ngumpulin"] = "mengumpulkan", ["nanganin"] = "menangani", ["ngelem"] = "mabuk lem", 
        ["urip"] = "hidup", ["seda"] = "meninggal", ["wafat"] = "meninggal", ["odah"] = "rumah", ["balik"] = "pulang",
        ["kowe"] = "anda", ["arep"] = "mau", ["iso"] = "bisa", ["ancani"] = "temani", ["diancani"] = "ditemani", ["saiki"] = "sekarang",
        ["meneh"] = "lagi", ["karo"] = "dengan", ["ning"] = "di", ["kudu"] = "harus", ["ono"] = "ada", ["sing"] = "yang",
        ["jare"] = "katanya", ["wedok"] = "perempuan", ["lanang"] = "laki", ["dicekeli"] = "dipegang pegang", ["badarah"] = "berdarah",
        ["bamamai"] = "marah", ["mamai"] = "marah", ["matan"] = "dari", ["mambayar"] = "membayar", ["ubat"] = "obat", ["lawas"] = "lama",
        ["umpat"] = "ikut", ["bakumpul"] = "berkumpul", ["kawan"] = "teman", ["bonyok"] = "orang tua", ["ortuku"] = "orang tua saya",
        ["brntm"] = "berantem", ["brantem"] = "berantem", ["bertengkar2"] = "bertengkar", ["mulu"] = "terus", ["mager"] = "malas",
        ["ngerujuk"] = "merujuk", ["dirujukin"] = "dirujuk", ["ksana"] = "ke sana", ["kesana"] = "ke sana", ["hooh"] = "iya", ["heeh"] = "iya",
        ["enggeh"] = "iya", ["nyambi"] = "sambil", ["sa"] = "saya", ["sy2"] = "saya", ["lu"] = "anda", ["lo"] = "anda",
        ["dibentak2"] = "dibentak", ["sgt"] = "sangat", ["skrng"] = "sekarang", ["klw"] = "kalau", ["dgr"] = "dengar",
        ["blg"] = "bilang", ["ngmg"] = "bicara", ["otw"] = "menuju", ["mlm"] = "malam",
        ["nyampe"] = "sampai", ["nyampai"] = "sampai", ["ape"] = "apa",
        ["ngombe"] = "minum", ["wes"] = "sudah", ["tuku"] = "beli", ["monggo"] = "silakan", ["mangga"] = "silakan", ["nemenin"] = "menemani",
        ["temenin"] = "temani", ["ditemenin"] = "ditemani", ["nyiapin"] = "menyiapkan", ["disiapin"] = "disiapkan", ["bales"] = "balas",
        ["dibales"] = "dibalas", ["malem"] = "malam", ["nelpon2"] = "menelepon", ["gimana2"] = "bagaimana", ["bahamburan"] = "kacau",
        ["nguasain"] = "menguasai", ["dikuasain"] = "dikuasai", ["ngelindungin"] = "melindungi", ["dilindungin"] = "dilindungi",
        ["ngarahin"] = "mengarahkan", ["diarahin"] = "diarahkan", ["dilecehin"] = "dilecehkan", ["ngelecehin"] = "melecehkan",
    };
}
