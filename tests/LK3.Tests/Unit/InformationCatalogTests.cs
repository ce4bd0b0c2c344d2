using LK3.Intake.Information;

namespace LK3.Tests.Unit;

public sealed class InformationCatalogTests
{
    private static readonly InformationCatalog Catalog = new(InformationSeed.Topics(DateTimeOffset.UnixEpoch));

    [Theory]
    [InlineData("saya butuh konseling", "konseling")]
    [InlineData("ada kdrt di rumah", "perlindungan")]
    [InlineData("alamat kantor?", "kontak")]
    [InlineData("KONSELING!!", "konseling")]
    [InlineData("Where is your office", "kontak")]
    [InlineData("mau buat janji   temu", "kontak")]
    [InlineData("tolong, saya mau konseling", "konseling")]
    [InlineData("daftar lembaga rujukan", "mitra")]
    public void Match_finds_the_topic_a_keyword_names(string text, string expected)
    {
        Assert.Equal(expected, Catalog.Match(text));
    }

    [Theory]
    [InlineData("halo apa kabar")]
    [InlineData("")]
    [InlineData("saya suka minum jamu")]
    [InlineData("konselingnya kapan")]
    [InlineData("kekerasannya")]
    [InlineData("teleponnya")]
    public void Match_finds_nothing_without_a_whole_keyword(string text)
    {
        Assert.Null(Catalog.Match(text));
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
