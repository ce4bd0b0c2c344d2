using LK3.Intake.Cases;
using LK3.Intake.Information;
using LK3.Intake.Understanding;

namespace LK3.Intake.Tests.Understanding;

/// <summary>Messages typed into the web chat that were misread, each with the intent it has.</summary>
public sealed class IntentReaderTests
{
    private static readonly InformationCatalog Catalog = new(InformationSeed.Topics(DateTimeOffset.UnixEpoch));

    [Theory]
    [InlineData("pagi kak", Intent.Greeting)]
    [InlineData("selamat malam bu, sy rina dr loktuan", Intent.Greeting)]
    // A time of day in a story does not greet.
    [InlineData("oh iya, td pagi dia banting piring lg", Intent.Help)]
    [InlineData("gmn caranya lapor", Intent.Help)]
    [InlineData("suami sy udh 3 bulan gk kasih nafkah", Intent.Help)]
    [InlineData("bentar ya", Intent.Later)]
    [InlineData("gk tau", Intent.Unknown)]
    [InlineData("kapan sy dihubungi?", Intent.Status)]
    [InlineData("kasus sy udh sampai mana ya", Intent.Status)]
    // A greeting before a problem does not hide it.
    [InlineData("selamat malam, sy ditinggal suami", Intent.Help)]
    [InlineData("pagi bu, suami sy gk pulang2 udh seminggu", Intent.Help)]
    // An English "is" after a greeting still asks.
    [InlineData("hi is this lk3", Intent.Identity)]
    // A feeling with what causes it is the story.
    [InlineData("capek bu tiap hari dihina suami", Intent.Help)]
    [InlineData("capek bu diomelin mertua tiap hari", Intent.Help)]
    // A feeling denied is no story.
    [InlineData("gk sedih lg bu, anaknya udh ketemu", Intent.No)]
    // A question by its tag, with what for after it; "gk beres" is no tag.
    [InlineData("ada lembaga bantuan hukum gratis gk buat cerai", Intent.Information)]
    [InlineData("ada yg gk beres sm anak sy, dia murung terus", Intent.Help)]
    public void Reads_the_intent(string text, Intent expected) => Assert.Equal(expected, Catalog.Understand(text).Intent);

    [Theory]
    // Ways of telling violence in a marriage that were not understood.
    [InlineData("suami sy ringan tangan", ProblemCategory.DomesticViolence)]
    [InlineData("sy diusir suami dr rumah", ProblemCategory.DomesticViolence)]
    [InlineData("sy dipaksa suami ngelayanin", ProblemCategory.DomesticViolence)]
    // A teenager hurt at home by a parent is a child to protect; hurt by a gang, a youth's trouble.
    [InlineData("aku umur 14 thn, bapak aku suka mukul aku kalo mabuk", ProblemCategory.ChildProtection)]
    [InlineData("sy 15 thn, dipukul ayah tiri tiap hari", ProblemCategory.ChildProtection)]
    [InlineData("adik sy smp dipalak & dipukulin geng motor tiap pulang sekolah", ProblemCategory.Youth)]
    [InlineData("aku kelas 8, sering dipukulin kakak kelas", ProblemCategory.Youth)]
    [InlineData("aku 16 thn, bapak suka mukul ibu", ProblemCategory.DomesticViolence)]
    // Money lacked for a sick parent.
    [InlineData("ibu sy sakit gk ada biaya berobat", ProblemCategory.Health)]
    public void Reads_the_problem(string text, ProblemCategory expected)
    {
        var understood = Catalog.Understand(text);

        Assert.Equal((Intent.Help, expected), (understood.Intent, understood.Category?.Category));
    }

    [Fact]
    public void A_threat_to_withhold_something_is_no_violence() =>
        Assert.NotEqual(ProblemCategory.DomesticViolence, Catalog.Understand("sy males sekolah, ortu ngancem gk kasih uang jajan lg").Category?.Category);

    [Theory]
    [InlineData("dia ngancem bakar rumah")]
    [InlineData("sy dipaksa suami ngelayanin")]
    public void Reads_danger(string text) => Assert.NotEqual(Danger.None, Catalog.Understand(text).Danger);
}
