using LK3.Intake.Conversations;
using Microsoft.EntityFrameworkCore;

namespace LK3.Intake.Tests.Engine;

/// <summary>
/// A family that must stop writing because someone at home is coming gets a short word, and nothing it wrote is shown again
/// for whoever looks on; its question waits for it.
/// </summary>
public sealed class StoppingInAHurryTests : IAsyncLifetime
{
    private const string Chat = "5700";
    private static readonly ConversationTexts Texts = ConversationTexts.Indonesian;
    private EngineHarness _engine = null!;

    public async Task InitializeAsync()
    {
        _engine = await EngineHarness.CreateAsync();
        await _engine.TurnsAsync(Chat, "/start", "consent:yes", "menu:help", "category:DomesticViolence", "recipient:Myself");
    }

    public async Task DisposeAsync() => await _engine.DisposeAsync();

    [Theory]
    [InlineData("suami sy dtg, udh dulu ya")]
    [InlineData("bentar suami pulang")]
    [InlineData("udh dulu ya bu")]
    // Two or three words, as when there is no time for more.
    [InlineData("suami pulang")]
    [InlineData("suaminya dtg bu")]
    [InlineData("ada suami")]
    [InlineData("sst")]
    [InlineData("stop dulu")]
    [InlineData("stop")]
    [InlineData("suami sy pulang, nanti sy chat lg")]
    [InlineData("bentar ya bu, suami sy udh di depan pintu")]
    public async Task At_the_summary_nothing_is_shown_again_and_nothing_is_sent(string words)
    {
        await _engine.TurnsAsync(Chat, "Suami saya sering memukul saya.", "kecamatan:BontangUtara", "contact:chat", "danger:no");

        var replies = await _engine.TypeAsync(Chat, words);

        Assert.Equal([Texts.TalkLater], replies.Select(r => r.Text));
        Assert.Equal(ConversationState.ConfirmIntake, (await _engine.ConversationAsync()).State);
        await using var db = _engine.Database.NewContext();
        Assert.Empty(await db.Cases.ToListAsync());
    }

    [Theory]
    [InlineData("gk jadi deh, takut")]
    [InlineData("batal aja, takut")]
    public async Task Cancelling_in_fear_is_heard_and_throws_nothing_away(string words)
    {
        await _engine.TurnsAsync(Chat, "Suami saya sering memukul saya.");

        var replies = await _engine.TypeAsync(Chat, words);

        Assert.Equal([Texts.FearHeard, Texts.IntakeKeptThroughFear], replies.Select(r => r.Text));
        var conversation = await _engine.ConversationAsync();
        Assert.Equal((ConversationState.AskKecamatan, "Suami saya sering memukul saya."), (conversation.State, conversation.Description));
    }

    [Theory]
    [InlineData("hapus semua bu suami dtg")]
    [InlineData("suami pulang, hapus aja")]
    [InlineData("delete everything my husband is coming")]
    public async Task Asked_in_a_hurry_to_delete_everything_the_family_is_told_how_to_hide_the_chat_and_nothing_is_lost(string words)
    {
        await _engine.TurnsAsync(Chat, "Suami saya sering memukul saya.");

        var replies = await _engine.TypeAsync(Chat, words);

        Assert.Equal([Texts.HideChatNow], replies.Select(r => r.Text));
        var conversation = await _engine.ConversationAsync();
        Assert.Equal((ConversationState.AskKecamatan, "Suami saya sering memukul saya."), (conversation.State, conversation.Description));
    }

    [Fact]
    public async Task The_question_waits_for_the_family()
    {
        await _engine.TurnsAsync(Chat, "Suami saya sering memukul saya.");

        var replies = await _engine.TypeAsync(Chat, "bentar, suami udh dtg");
        await _engine.TypeAsync(Chat, "loktuan");

        Assert.Equal([Texts.TalkLater], replies.Select(r => r.Text));
        Assert.Equal(ConversationState.AskContactMethod, (await _engine.ConversationAsync()).State);
    }

    [Fact]
    public async Task Someone_coming_later_told_at_the_summary_is_danger_told_kept_with_the_story_and_the_summary_shown_again()
    {
        await _engine.TurnsAsync(Chat, "Suami saya sering memukul saya.", "kecamatan:BontangUtara", "contact:chat", "danger:no");

        var replies = await _engine.TypeAsync(Chat, "skrg sih aman, tp nanti mlm dia pulang");

        Assert.True(replies[0].Urgent);
        Assert.Contains(replies[^1].Buttons, b => b.Id == "intake:send");
        Assert.EndsWith("\nskrg sih aman, tp nanti mlm dia pulang", (await _engine.ConversationAsync()).Description);
    }

    [Theory]
    [InlineData("suami sy gk pulang 3 hari, nanti sy cerita lagi")]
    [InlineData("bentar lg suami pulang, sy takut bgt")]
    [InlineData("nanti dia pulang pasti marah lg")]
    [InlineData("udh dulu ya bu, intinya suami selingkuh")]
    [InlineData("dia blm pulang dr kemarin")]
    [InlineData("suami jarang pulang")]
    [InlineData("suami sy udh gk ada")]
    public async Task A_story_of_someone_coming_or_not_coming_home_is_the_story(string story)
    {
        var replies = await _engine.TypeAsync(Chat, story);

        Assert.DoesNotContain(replies, r => r.Text == Texts.TalkLater);
    }
}
