using LK3.Intake.Information;

namespace LK3.Intake.Tests.Understanding;

public sealed class InformationCatalogTests
{
    private static readonly InformationCatalog Catalog = new(InformationSeed.Topics(DateTimeOffset.UnixEpoch));

    [Theory]
    [InlineData("konseling itu apa?", "konseling")]
    [InlineData("KONSELING!!", "konseling")]
    [InlineData("konselingnya kapan", "konseling")]
    [InlineData("alamat kantornya dimana?", InformationCatalog.AddressKey)]
    [InlineData("Where is your office", InformationCatalog.AddressKey)]
    [InlineData("mau buat janji   temu", InformationCatalog.AddressKey)]
    [InlineData("psikolognya ada hari apa", InformationCatalog.PsychologistKey)]
    [InlineData("brp biayanya", InformationCatalog.CostKey)]
    [InlineData("biayanya brp?", InformationCatalog.CostKey)]
    [InlineData("gratis gk", InformationCatalog.CostKey)]
    [InlineData("konseling di lk3 bayar gk?", InformationCatalog.CostKey)]
    [InlineData("jam brp tutupnya bu?", InformationCatalog.HoursKey)]
    [InlineData("setelah konseling, apakah ada pendampingan?", "pendampingan")]
    [InlineData("kalau masalahnya gk bisa ditangani, dirujuk kemana?", "rujukan")]
    [InlineData("daftar lembaga rujukan", InformationCatalog.PartnersKey)]
    public void A_question_finds_its_topic_through_the_forms_of_its_words(string text, string expected)
    {
        var understood = Catalog.Understand(text);

        Assert.Equal(expected, understood.Topic?.Key);
        Assert.Equal(LK3.Intake.Understanding.Intent.Information, understood.Intent);
    }

    [Theory]
    [InlineData("halo apa kabar")]
    [InlineData("saya suka minum jamu")]
    [InlineData("")]
    public void A_message_with_none_of_the_keywords_names_no_topic(string text)
    {
        Assert.Null(Catalog.Understand(text).Topic);
    }

    [Fact]
    public void The_seed_has_every_topic_in_both_languages_and_the_keys_the_bot_relies_on()
    {
        var topics = InformationSeed.Topics(DateTimeOffset.UnixEpoch);

        Assert.All(topics.GroupBy(t => t.Key), group => Assert.Equal(new[] { "en", "id" }, group.Select(t => t.Language).Order()));
        Assert.NotNull(Catalog.Find(InformationCatalog.EmergencyKey, "id"));
        Assert.NotNull(Catalog.Find(InformationCatalog.PartnersKey, "en"));
        Assert.DoesNotContain(Catalog.Menu("id"), t => t.Key == InformationCatalog.EmergencyKey);
    }
}
