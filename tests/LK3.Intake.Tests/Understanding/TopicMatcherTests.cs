using LK3.Intake.Understanding;

namespace LK3.Intake.Tests.Understanding;

/// <summary>
/// How keywords count, with topics of the test's own: only keywords whose first word is in the message are tried, so these pin
/// what trying every keyword at every word used to give.
/// </summary>
public sealed class TopicMatcherTests
{
    private static readonly TopicMatcher Matcher = new(
        [("jam", "jam buka, buka, jam tutup"), ("biaya", "bayar, biaya konseling"), ("konseling", "konseling"), ("rujukan", "rujukan")],
        key => key is "jam" or "biaya");

    [Theory]
    // A keyword inside a longer one of the same topic adds nothing: "jam buka" counts 2, not 2 + 1.
    [InlineData("jam buka kantornya kapan", "jam", 2)]
    // Two keywords of one topic, apart, both count.
    [InlineData("jam buka sama jam tutup", "jam", 4)]
    // "biaya konseling" (2) beats "konseling" (1), though both begin where the message says "biaya".
    [InlineData("biaya konseling brp", "biaya", 2)]
    // A tie: a fact about the office wins over a service.
    [InlineData("konseling bayar gk", "biaya", 1)]
    // A tie between services: the later mention.
    [InlineData("konseling atau rujukan", "rujukan", 1)]
    // Found by the form of its word ("konselingnya"), one other word allowed between a keyword's words ("jam kami buka").
    [InlineData("konselingnya kapan", "konseling", 1)]
    [InlineData("jam kami buka", "jam", 2)]
    public void A_message_finds_the_topic_whose_keywords_it_holds_most(string text, string topic, double score)
    {
        var match = Matcher.Match(TypedTextReader.Read(text));

        Assert.Equal((topic, score), (match?.Key, match?.Score));
    }

    [Fact]
    public void A_message_without_any_keyword_finds_no_topic() =>
        Assert.Null(Matcher.Match(TypedTextReader.Read("suami sy suka mukul")));
}
