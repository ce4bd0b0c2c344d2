using LK3.Intake.Conversations;

namespace LK3.Intake.Tests.Engine;

/// <summary>
/// After the emergency numbers the bot offers an urgent intake. A family in danger rarely answers "ya": it goes on telling what
/// happened, or says how to be reached. That is taken as asking for help, never as a message the bot did not understand.
/// </summary>
public sealed class AfterTheEmergencyNumbersTests : IAsyncLifetime
{
    private const string Chat = "5200";
    private const string MissingChild = "anak sy udh 3 hari gk pulang, sy takut dia kenapa2";
    private static readonly ConversationTexts Texts = ConversationTexts.Indonesian;
    private EngineHarness _engine = null!;

    public async Task InitializeAsync() => _engine = await EngineHarness.CreateAsync();

    public async Task DisposeAsync() => await _engine.DisposeAsync();

    [Theory]
    [InlineData("sy ibunya")]
    [InlineData("telpon aja")]
    [InlineData("bontang utara")]
    [InlineData("tolong bantu sy")]
    [InlineData("bukan sy, tp anak sy")]
    [InlineData("tidak aman")]
    [InlineData("tidak, sy takut")]
    [InlineData("jangan telpon")]
    [InlineData("gk bisa ngomong skrg, suami ada di rumah")]
    public async Task Words_told_on_start_the_urgent_intake_with_them_kept_in_the_story(string more)
    {
        await _engine.TurnsAsync(Chat, "/start", "consent:yes");
        Assert.Contains(await _engine.TypeAsync(Chat, MissingChild), r => r.Urgent);

        var replies = await _engine.TypeAsync(Chat, more);

        AssertUnderstood(replies);
        var conversation = await _engine.ConversationAsync();
        Assert.True(conversation.State is ConversationState.AskRecipient or ConversationState.ConfirmCategory, $"{conversation.State}");
        Assert.True(conversation.Urgent);
        Assert.Equal($"{MissingChild}\n{more}", conversation.Description);
    }

    [Fact]
    public async Task Before_consent_the_words_told_on_are_kept_for_the_urgent_intake_and_consent_is_asked()
    {
        Assert.Contains(await _engine.TypeAsync(Chat, MissingChild), r => r.Urgent);

        var replies = await _engine.TypeAsync(Chat, "sy ibunya");

        AssertUnderstood(replies);
        Assert.Contains(replies, r => r.Text == Texts.ConsentNeededForHelp);
        var conversation = await _engine.ConversationAsync();
        Assert.Equal((ConversationState.AwaitingConsent, PendingHelp.UrgentHelp), (conversation.State, conversation.PendingHelp));
        Assert.Equal($"{MissingChild}\nsy ibunya", conversation.HeldText);

        await _engine.TurnAsync(Chat, "consent:yes");

        conversation = await _engine.ConversationAsync();
        Assert.True(conversation.Urgent);
        Assert.Equal($"{MissingChild}\nsy ibunya", conversation.Description);
    }

    [Theory]
    [InlineData("gak usah")]
    [InlineData("gak usah bu, anak sy udh pulang")]
    [InlineData("tidak, makasih, sudah ketemu")]
    public async Task A_refusal_leads_to_the_menu_and_forgets_what_was_kept(string refusal)
    {
        await _engine.TurnsAsync(Chat, "/start", "consent:yes", MissingChild);

        var replies = await _engine.TypeAsync(Chat, refusal);

        AssertUnderstood(replies);
        var conversation = await _engine.ConversationAsync();
        Assert.Equal(ConversationState.MainMenu, conversation.State);
        Assert.Null(conversation.HeldText);
    }

    [Fact]
    public async Task Thanks_are_returned_and_the_offer_stays()
    {
        await _engine.TurnsAsync(Chat, "/start", "consent:yes", MissingChild);

        var replies = await _engine.TypeAsync(Chat, "makasih");

        Assert.Equal(Texts.YoureWelcome, replies[0].Text);
        Assert.Contains(replies[^1].Buttons, b => b.Id == "emergency:help");
        Assert.Equal(ConversationState.Emergency, (await _engine.ConversationAsync()).State);
    }

    [Fact]
    public async Task A_question_about_the_office_is_answered()
    {
        await _engine.TurnsAsync(Chat, "/start", "consent:yes", MissingChild);

        var replies = await _engine.TypeAsync(Chat, "alamat kantor lk3 dmn?");

        AssertUnderstood(replies);
        var conversation = await _engine.ConversationAsync();
        Assert.Equal((ConversationState.ReadingTopic, "alamat"), (conversation.State, conversation.TopicKey));
    }

    [Theory]
    [InlineData("maksudnya gimana?", nameof(ConversationTexts.EmergencyOfferExplained))]
    [InlineData("sudah aman sekarang", nameof(ConversationTexts.GladSafe))]
    [InlineData("gk tau", nameof(ConversationTexts.TalkLater))]
    public async Task A_question_safety_or_doubt_is_answered_and_the_offer_stays(string answer, string reply)
    {
        await _engine.TurnsAsync(Chat, "/start", "consent:yes", MissingChild);

        var replies = await _engine.TypeAsync(Chat, answer);

        Assert.Equal(typeof(ConversationTexts).GetProperty(reply)!.GetValue(Texts), replies[0].Text);
        Assert.Contains(replies[^1].Buttons, b => b.Id == "emergency:help");
        var conversation = await _engine.ConversationAsync();
        Assert.Equal((ConversationState.Emergency, MissingChild), (conversation.State, conversation.HeldText));
    }

    private static void AssertUnderstood(IReadOnlyList<Reply> replies) =>
        Assert.DoesNotContain(replies, r => r.Text.Contains(Texts.NotUnderstood, StringComparison.Ordinal));
}
