namespace LK3.Intake.Understanding;

/// <summary>
/// Everyday words that carry none of the concepts but must be read as themselves: typo tolerance never turns one of
/// them into a word of a concept ("malu" stays "malu", "sabar" is not "bakar").
/// </summary>
internal static class CommonWords
{
    public const string Indonesian =
        "ada adalah agar akan aku amat anda apa atau atas awal bagi bahwa baik baru bawa beberapa begitu belum benar berapa besar biar bila " +
        "bisa boleh buat bukan cara cepat coba dalam dan dapat dari datang dengan depan dia diam dulu harus hari hati hidup ingin ini itu jadi " +
        "jalan jam jauh juga kalau kami kamu kan karena kata ke kecil keluar kemana kenapa kepada kita kok kurang lagi lain lama lama lewat " +
        "lihat mana masih mau maka makan malam malu mana masalah masuk mati melihat memang mereka minta minum mulai muncul naik nama nanti " +
        "oleh orang pada paling pagi pakai panas pergi perlu pikir pulang punya rasa rasanya rumah saat saja salah sama sambil sampai sangat " +
        "satu sebab sebelum sedang sedikit sekali selalu semua sendiri seperti sering siang sore suka sudah supaya tadi tahu tahun tanpa tapi " +
        "tempat tentang terima terus tetap tiap tidak tidur tinggal tua tunggu turun untuk usia waktu yang sabar sama kamar dapur pintu " +
        "jalan mobil motor pasar gang kampung desa kelurahan kecamatan kota bontang kaltim umur usia bulan minggu hari jam kali semoga amin " +
        "bekerja kerja main mainan baju nyuci cuci masak belanja sekarang emosi marah sedih senang bahagia kecewa malas lelah capek kasihan " +
        "ganggu maaf tolong bantu terima kasih nomor ponsel pesan kirim tulis baca brosur kantor alamat lokasi dekat jauh sebelah depan " +
        "belakang samping dalam luar atas bawah tengah pinggir teriak nangis menangis jerit dengar suara keras pelan cepat lambat besok lusa " +
        "setiap hampir pas langsung gitu begini begitu sih deh dong kah lah pun nya banget sekali agak cukup lebih kurang paling gimana " +
        "bacot tembok kejar pisang bujang umur pesan kesal cerita kabar buka tutup istirahat libur jaga baca daftar cara tingkat bentuk " +
        "panduan program kegiatan kasih sayang kertas berita perempuan karang taruna";

    /// <summary>Everyday verbs whose every form is known (<see cref="WordForms"/>), some of them words of phrases ("nyilet tangan").</summary>
    public const string Verbs =
        "silet sayat iris loncat lompat terjun gantung minum potong susul simpan pegang sentuh beri kasih bawa buang dengar bilang tanya " +
        "urus rawat cari bayar jual beli ajak hubung tunggu lihat tegur tinggal titip ikut jemput antar temu jauh usir diam siap lindung " +
        "masuk boleh suruh kirim balas kumpul racun";

    /// <summary>
    /// Words of the dictionary one typo away from a word of a concept ("tenang" is not "tendang", "tampak" is not "tampar",
    /// "goblok" is not "golok"), found by checking every word of Debian's Indonesian hunspell dictionary against the typo
    /// rule (docs/understanding.md says how to run that check again after changing the word lists).
    /// </summary>
    public const string NearMisses =
        "serbet sermet baling belang beleng bening besing boling bintur hantai hantap hantar sambit tedong keseleo kesemek " +
        "ambang bandos bangai bangkut bantah bantal bantam bantar bantaran bantat bantau banzai barita beksan belasting bendari " +
        "bengkah bengkal bengkar bengkarak bengkatak bengkawan bengkok bentan bentar bentik bentok berambang berlau betapa " +
        "beting biduan bintak bontak buntak cambul cantel ceratai ceriga cermai cublik cuplik dabing dading daging dalang daring " +
        "dayang dembam dempam deting disentri dodong doyong dugang gambar gamblang gelayangan gempar gentayang gerabang geramang " +
        "gerantang goblok gogrok gojlok gotrok halang hidang ijarah inflamasi informatif instalasi jambal jamban jambar jambat " +
        "jangak jangar jangat jantan kaisar kajang kajangan kantar kasuari kedang kekang kelana kelempai kelian keluangsa " +
        "keluburan kemala kemang kemari kembal kembili kemerakan kenang kepang kepayang kepetang kepinjal kepodang kepris kerang " +
        "kerocok keropok kerosok kesambet kesang ketambak ketang ketiak ketinjau ketopong kijang kojang koleksi komoditas " +
        "komunikan komunikasi komunistis koneksi konsiliasi konsolasi konstatasi konsultatif kontrabas kontraksi kuasar kujang " +
        "kurban lampar lancia langut lansir lembar lempai lempap lemper linguis lumpur mandah mandai mandam mandar mandat mangan " +
        "mangau manjau mantap manten melanesia mengkerang nyanya organisator pacangan padang pahang pajang pampan pancar panggal " +
        "panser pantik parser patang pawang payang pelang penampan penaram pendaringan penembahan pengga penggah penggar pengkal " +
        "pepunden perang perdah perkasa perkelang pernak persisi petang pinggan pinjal pirang piston plaser ponten punden " +
        "punggal sambet santai santir sebaur secang sedeng sedong sekang sekotah selakarang selang selawat selungkup semang " +
        "semaram semayam sembar sembarang sembari sempak senapati senawan sendang sepang separatis separbang serang serdang " +
        "seribulan setang setangan seturu sidang silang simpak simpat simpati sinter sirkam sistem statis stratus sundus sungut " +
        "sunting suster tambak tambar tampak tampal tampan tampas tandang taplak telempong telepok tembam tembek tembelang " +
        "tembereng tembuk tempan tempolong tempuling tenang tenggalung tenggarang tenggayung tengkerong teriba tindak tinjau " +
        "tobong todong tokong tomong tonjol topong tungganai tungkahan violet wadung warangan waruna";

    public const string English =
        "the a an and or but if is are was were be been am do does did have has had i you he she it we they my your his her our their " +
        "me him them this that these those what who where when why how can could would should will not no yes please thanks hello hi " +
        "good morning afternoon evening night day week month year old working work home school every before after again";
}
