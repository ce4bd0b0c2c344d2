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
    public void Leaves_alone_what_is_not_danger(string message) =>
        Assert.Equal(Danger.None, DangerDetector.Detect(TypedTextReader.Read(message)));
}
