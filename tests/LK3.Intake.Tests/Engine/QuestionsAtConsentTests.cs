using LK3.Intake.Conversations;
using Microsoft.EntityFrameworkCore;

namespace LK3.Intake.Tests.Engine;

/// <summary>A family shown the privacy notice asks what it means, or asks for a moment, rather than answering yes or no.</summary>
public sealed class QuestionsAtConsentTests : IAsyncLifetime
{
    private const string Chat = "5500";
    private static readonly ConversationTexts Texts = ConversationTexts.Indonesian;
    private EngineHarness _engine = null!;

    public async Task InitializeAsync()
    {
        _engine = await EngineHarness.CreateAsync();
        await _engine.TurnAsync(Chat, "halo");
    }

    public async Task DisposeAsync() => await _engine.DisposeAsync();

    [Theory]
    [InlineData("maksudnya gimana?")]
    [InlineData("data sy aman kan?")]
    // A question is no consent, though it has a yes-word in it.
    [InlineData("emang harus ya?")]
    [InlineData("kalau sy setuju, suami bisa baca?")]
    [InlineData("rahasia gk?")]
    // Not understanding is no refusal.
    [InlineData("sy gk ngerti")]
    [InlineData("gk paham bu")]
    public async Task A_question_about_the_notice_is_answered_in_plainer_words_and_consent_asked_again(string question)
    {
        var replies = await _engine.TypeAsync(Chat, question);

        Assert.Equal(Texts.ConsentExplained, replies[0].Text);
        Assert.Contains(replies[^1].Buttons, b => b.Id == "consent:yes");
        await AssertStillAskedAsync();
    }

    [Fact]
    public async Task Who_is_this_is_answered_as_who_LK3_is_not_with_the_notice_explained()
    {
        var replies = await _engine.TypeAsync(Chat, "ini siapa?");

        Assert.Equal(Texts.ThisIsLk3, replies[0].Text);
        await AssertStillAskedAsync();
    }

    [Theory]
    [InlineData("iya tapi gk tau")]
    // A cry, and "not ready", are no consent.
    [InlineData("ya allah tolong sy")]
    [InlineData("ya ampun sy bingung")]
    [InlineData("oke tp sy blm siap")]
    public async Task Yes_but_unsure_neither_gives_nor_refuses_consent(string answer)
    {
        await _engine.TypeAsync(Chat, answer);

        await AssertStillAskedAsync();
    }

    [Theory]
    [InlineData("sy mau lapor kdrt", true)]
    [InlineData("sy mau ngadu, anak sy dipukul gurunya", true)]
    // Asking for help tells nothing of the problem, so nothing is kept as its story.
    [InlineData("mau minta tolong", false)]
    public async Task Wanting_help_is_no_consent_and_the_words_are_kept_for_after_it(string words, bool kept)
    {
        var replies = await _engine.TypeAsync(Chat, words);

        // Greeted at "halo", the family is not greeted again.
        Assert.Equal(Texts.ProblemHeldForConsent, replies[0].Text);
        await AssertStillAskedAsync();
        var conversation = await _engine.ConversationAsync();
        Assert.Equal((PendingHelp.Help, kept ? words : null), (conversation.PendingHelp, conversation.HeldText));
    }

    [Theory]
    [InlineData("sy gk mau suami tau")]
    [InlineData("setuju, tp suami bakal tau gk?")]
    [InlineData("nanti suami sy baca gk?")]
    public async Task A_worry_that_someone_at_home_finds_out_is_answered_and_consent_asked_again(string words)
    {
        var replies = await _engine.TypeAsync(Chat, words);

        Assert.Equal(Texts.ConsentExplained, replies[0].Text);
        await AssertStillAskedAsync();
    }

    [Theory]
    [InlineData("setuju, asal suami gk tau")]
    [InlineData("setuju tp jgn kasih tau suami sy ya")]
    [InlineData("iya, tp jgn sampe ketahuan ya bu")]
    public async Task Yes_on_condition_that_nobody_at_home_learns_of_it_is_told_that_is_so_and_taken(string words)
    {
        var replies = await _engine.TypeAsync(Chat, words);

        Assert.Equal(Texts.KeptPrivate, replies[0].Text);
        await using var db = _engine.Database.NewContext();
        Assert.True(Assert.Single(await db.ConsentRecords.ToListAsync()).Granted);
        Assert.Equal(ConversationState.MainMenu, (await _engine.ConversationAsync()).State);
    }

    [Fact]
    public async Task Yes_on_that_condition_in_English_is_answered_in_English()
    {
        var replies = await _engine.TypeAsync(Chat, "i agree but dont tell my husband");

        Assert.Equal(ConversationTexts.English.KeptPrivate, replies[0].Text);
    }

    [Fact]
    public async Task A_story_with_tell_in_it_is_kept_not_taken_for_a_worry()
    {
        var replies = await _engine.TypeAsync(Chat, "ok, i need to tell you my husband beats me");

        Assert.DoesNotContain(replies, r => r.Text == ConversationTexts.English.ConsentExplained);
        Assert.Contains("beats me", (await _engine.ConversationAsync()).HeldText);
    }

    [Theory]
    [InlineData("aku mau lapor suami sering mukul, tp takut dia tau")]
    [InlineData("ya udah gk usah bu, takut ketahuan suami")]
    [InlineData("ya allah suami sy bakal tau")]
    public async Task A_ya_that_is_no_yes_beside_a_worry_gives_no_consent(string words)
    {
        await _engine.TypeAsync(Chat, words);

        await using var db = _engine.Database.NewContext();
        Assert.DoesNotContain(await db.ConsentRecords.ToListAsync(), r => r.Granted);
    }

    [Fact]
    public async Task Yes_with_the_problem_gives_consent_and_the_problem_begins_the_story()
    {
        await _engine.TypeAsync(Chat, "iya, sy sering dipukul suami");

        await using var db = _engine.Database.NewContext();
        Assert.True(Assert.Single(await db.ConsentRecords.ToListAsync()).Granted);
        var conversation = await _engine.ConversationAsync();
        Assert.Contains("dipukul suami", conversation.Description);
    }

    [Fact]
    public async Task Consent_told_with_danger_is_kept_after_the_numbers_and_help_then_needs_no_second_notice()
    {
        var replies = await _engine.TypeAsync(Chat, "setuju. suami sy lg mabuk bawa pisau");
        var help = await _engine.TypeAsync(Chat, "ya");

        Assert.True(replies[0].Urgent);
        await using var db = _engine.Database.NewContext();
        Assert.True(Assert.Single(await db.ConsentRecords.ToListAsync()).Granted);
        Assert.DoesNotContain(help, r => r.Text.Contains("Privasi Anda", StringComparison.Ordinal));
        Assert.NotEqual(ConversationState.AwaitingConsent, (await _engine.ConversationAsync()).State);
    }

    [Theory]
    [InlineData("tidak, sy dipukul suami", true)]
    [InlineData("gk mau, anak sy susah diatur", false)]
    public async Task No_with_a_problem_keeps_nothing_and_says_where_help_is_without_this_chat(string words, bool violence)
    {
        var replies = await _engine.TypeAsync(Chat, words);

        // No address or number of the office is set here: no promise of help without this chat that cannot be kept.
        Assert.Equal(Texts.ConsentDeclined, replies[0].Text);
        Assert.Equal(violence, replies.Any(r => r.Urgent));
        await using var db = _engine.Database.NewContext();
        Assert.False(Assert.Single(await db.ConsentRecords.ToListAsync()).Granted);
        var conversation = await _engine.ConversationAsync();
        Assert.Equal((ConversationState.MainMenu, null, null), (conversation.State, conversation.HeldText, conversation.Description));
    }

    [Fact]
    public async Task Where_help_is_without_this_chat_gives_the_offices_address_and_telephone_as_set()
    {
        (_engine.Office.Address, _engine.Office.Phone) = ("Jl. Awang Long No. 1, Bontang", "0548-123456");

        var replies = await _engine.TypeAsync(Chat, "tidak, sy dipukul suami");

        Assert.StartsWith("Baik, cerita Anda tidak kami simpan.", replies[0].Text);
        Assert.Contains("• Datang ke LK3: Jl. Awang Long No. 1, Bontang\n• Telepon: 0548-123456\n• Jam layanan:", replies[0].Text);
    }

    [Theory]
    [InlineData("gak papa")]
    [InlineData("iya gk pp")]
    [InlineData("yaudah")]
    [InlineData("ya udh deh")]
    public async Task It_is_fine_gives_consent(string answer)
    {
        await _engine.TypeAsync(Chat, answer);

        await using var db = _engine.Database.NewContext();
        Assert.True(Assert.Single(await db.ConsentRecords.ToListAsync()).Granted);
    }

    [Fact]
    public async Task Asking_for_a_moment_is_answered_kindly()
    {
        var replies = await _engine.TypeAsync(Chat, "bentar ya");

        Assert.Equal(Texts.TalkLater, replies[0].Text);
        await AssertStillAskedAsync();
    }

    private async Task AssertStillAskedAsync()
    {
        await using var db = _engine.Database.NewContext();
        Assert.Equal(ConversationState.AwaitingConsent, (await db.Conversations.SingleAsync()).State);
        Assert.Empty(await db.ConsentRecords.ToListAsync());
    }
}
