using LK3.Intake.Understanding;

namespace LK3.Intake.Tests.Understanding;

/// <summary>
/// Rules found wanting on a held-out set written apart from the code: each line is a message as a family wrote it,
/// with the danger the rule has to see, or has to leave alone.
/// </summary>
public sealed class DangerDetectorTests
{
    [Theory]
    [InlineData("anak sy ilang dari kemarin sore blm pulang", Danger.ChildInDanger)]
    [InlineData("pengen bundir aja rasanya", Danger.SelfHarm)]
    [InlineData("sy udah bosen idup bu", Danger.SelfHarm)]
    [InlineData("anak sy dibawa paksa bapaknya td pagi", Danger.ChildInDanger)]
    [InlineData("adikku 14 taun mau dibawa kerja ke malaysia sama orang yg gk dikenal", Danger.ChildInDanger)]
    [InlineData("dia ngancam mau bunuh sy skrg di depan rumah", Danger.ThreatToKill)]
    [InlineData("suami dobrak pintu kamar, sy sembunyi", Danger.ToldOfDanger)]
    [InlineData("mamak jatuh dari tangga gk bisa digerakin kakinya", Danger.MedicalEmergency)]
    [InlineData("sy lari dr rumah, dia ngejar. skrg sy ngumpet di warung tetangga", Danger.ToldOfDanger)]
    [InlineData("dia bilang sy gk bakal liat matahari besok", Danger.ThreatToKill)]
    [InlineData("kakak sy ngamuk, skrg ngunci diri berdua sm bapak di kamar", Danger.LockedIn)]
    [InlineData("anakku digowo wong sing ora dikenal, saiki durung bali", Danger.ChildInDanger)]
    [InlineData("ada bayi ditaruh di depan rumah kami barusan", Danger.ChildInDanger)]
    [InlineData("anak sy dijemput org ngaku2 saudara, skrg gk tau dmn", Danger.ChildInDanger)]
    [InlineData("anak sy minum obat satu strip abis dimarahin", Danger.SelfHarm)]
    [InlineData("katanya mending ilang aja dr dunia ini", Danger.SelfHarm)]
    [InlineData("sy merasa jd beban buat semua org", Danger.SelfHarm)]
    [InlineData("nenek dipanggil2 gk nyahut dr kemarin", Danger.MedicalEmergency)]
    [InlineData("RUMAH SEBELAH KEBAKARAN ada orang di dalam", Danger.ToldOfDanger)]
    [InlineData("anak sy dipukulin bapaknya smp biru2", Danger.BeingHurt)]
    [InlineData("anak sy dipukul bapaknya sampai babak belur", Danger.BeingHurt)]
    [InlineData("anak sy dicubit gurunya smp luka", Danger.BeingHurt)]
    [InlineData("om2 minta anak sy kirim foto bugil", Danger.ChildInDanger)]
    [InlineData("anak sy diajak vcs sm org gk dikenal", Danger.ChildInDanger)]
    [InlineData("sy udh gk sanggup hidup", Danger.SelfHarm)]
    [InlineData("buat apa sy hidup", Danger.SelfHarm)]
    [InlineData("kadang sy mikir anak2 lbh baik tanpa sy", Danger.SelfHarm)]
    [InlineData("anak sy 12th dichat om2 di ff, dimintain foto gk pake baju", Danger.ChildInDanger)]
    [InlineData("ada org minta foto anak sy tanpa busana", Danger.ChildInDanger)]
    [InlineData("dia bilang kalo sy lapor, sy gk bakal selamat", Danger.ThreatToKill)]
    [InlineData("awas kau nanti mlm, kata suami sy", Danger.ToldOfDanger)]
    // Giving up, in a few words.
    [InlineData("sy udh gk kuat", Danger.SelfHarm)]
    [InlineData("sy nyerah", Danger.SelfHarm)]
    [InlineData("gk ada gunanya lg", Danger.SelfHarm)]
    [InlineData("ditendang perut sy pdhl lg hamil 5 bln", Danger.BeingHurt)]
    // A knife drawn rather than written.
    [InlineData("😡🔪 suami", Danger.Weapon)]
    public void Sees_the_danger(string message, Danger expected) =>
        Assert.Equal(expected, DangerDetector.Detect(TypedTextReader.Read(message)));

    [Theory]
    [InlineData("akta anak sy hilang, gmn cara ngurusnya")]
    [InlineData("hp sy dibanting suami waktu bertengkar minggu lalu, skrg sdh baikan")]
    [InlineData("rasanya kayak tahanan di rumah sendiri krn gk boleh kerja")]
    [InlineData("ibunya kerja ke malaysia, anak2 sm neneknya")]
    [InlineData("anak sy terancam dikeluarkan dari sekolah")]
    [InlineData("tadi nonton berita kasus culik anak, sy mau tanya cara jaga anak")]
    [InlineData("sy malu mau cerita masalah keluarga")]
    [InlineData("laki ulun bahari rajin mamukul, wayah ini kada lagi")]
    [InlineData("mantan yg dulu suka nendang sy skrg DM lg minta balikan")]
    [InlineData("cucu sy diasuh sy krn ortunya kerja di malaysia")]
    [InlineData("anak sy main free fire teriak2 bunuh musuh, wajar gk?")]
    [InlineData("rumah kami kebakaran tahun lalu, skrg numpang di mertua")]
    [InlineData("suami sy kebakaran jenggot liat sy kerja")]
    [InlineData("anak sy suka ngumpet di lemari kalau dimarahi")]
    [InlineData("suami sering mukul, hati sy luka")]
    [InlineData("Selamat pagi bu, kata suami sy dia tidak akan pulang")]
    [InlineData("mertua ngancam nanti gk dikasih warisan")]
    [InlineData("suami sy ketahuan vcs sm cewek lain")]
    [InlineData("sy gk sanggup hidup sm mertua")]
    [InlineData("udah gk tahan sm suami")]
    [InlineData("sy gk kuat bayar kontrakan")]
    [InlineData("sy gk kuat bayar")]
    [InlineData("sinyalnya gk kuat")]
    [InlineData("ibu sy udh gk kuat jalan")]
    [InlineData("sy gk mau nyerah")]
    [InlineData("anak sy jatuh dr motor luka2")]
    [InlineData("dulu sy dipukul smp babak belur, skrg udh cerai")]
    [InlineData("anak sy liat video jorok di hp temennya")]
    [InlineData("anak sy dikirimin video jorok sm org gk dikenal, udh sy blokir")]
    [InlineData("anak sy gk bakal selamat kalo gk dioperasi")]
    [InlineData("awas kamu ya wkwk")]
    [InlineData("sy hidup sendiri skrg, anak2 udh besar")]
    public void Leaves_alone_what_is_not_danger(string message) =>
        Assert.Equal(Danger.None, DangerDetector.Detect(TypedTextReader.Read(message)));
}
