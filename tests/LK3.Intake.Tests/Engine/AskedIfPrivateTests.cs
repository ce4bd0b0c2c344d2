using LK3.Intake.Conversations;

namespace LK3.Intake.Tests.Engine;

/// <summary>
/// "rahasia kan?", "suami sy bakal tau gk?": wherever a family asks whether what it writes stays private, it is told who
/// reads it, and the question it was at is asked again — the words are no story, no answer and no topic.
/// </summary>
public sealed class AskedIfPrivateTests : IAsyncLifetime
{
    private const string Chat = "5600";
    private static readonly ConversationTexts Texts = ConversationTexts.Indonesian;
    private EngineHarness _engine = null!;

    public async Task InitializeAsync() => _engine = await EngineHarness.CreateAsync();

    public async Task DisposeAsync() => await _engine.DisposeAsync();

    [Theory]
    [InlineData("rahasia gk?")]
    [InlineData("suami sy bakal tau gk kalo sy lapor?")]
    public async Task At_the_menu(string question)
    {
        await _engine.TurnsAsync(Chat, "/start", "consent:yes");

        await AssertAnsweredAsync(question, ConversationState.MainMenu);
    }

    [Theory]
    [InlineData("ini rahasia kan?")]
    [InlineData("tp rahasia ya")]
    public async Task At_the_story_question_it_is_not_kept_as_the_story(string question)
    {
        await _engine.TurnsAsync(Chat, "/start", "consent:yes", "menu:help", "category:Economic", "recipient:Myself");

        await AssertAnsweredAsync(question, ConversationState.AskDescription);
        Assert.Null((await _engine.ConversationAsync()).Description);
    }

    [Theory]
    [InlineData("halo bu selamat malam")]
    [InlineData("biaya konseling brp?")]
    [InlineData("kantornya dmn ya bu? buka jam brp?")]
    public async Task A_greeting_or_a_question_at_the_story_question_is_no_story(string words)
    {
        await _engine.TurnsAsync(Chat, "/start", "consent:yes", "menu:help", "category:Economic", "recipient:Myself");

        await _engine.TypeAsync(Chat, words);

        var conversation = await _engine.ConversationAsync();
        Assert.Equal((ConversationState.AskDescription, null), (conversation.State, conversation.Description));
    }

    [Fact]
    public async Task A_question_with_more_told_after_it_at_the_story_question_is_the_story()
    {
        const string words = "bisa konseling online gk? sy kerja di kapal, jarang di rumah";
        await _engine.TurnsAsync(Chat, "/start", "consent:yes", "menu:help", "category:FamilyConflict", "recipient:Myself");

        await _engine.TypeAsync(Chat, words);

        Assert.Equal(words, (await _engine.ConversationAsync()).Description);
    }

    [Theory]
    [InlineData("anak sy liat bapaknya mukul sy")]
    [InlineData("suami sy gk tau sy utang banyak")]
    public async Task A_story_of_trouble_is_the_story_not_a_worry(string story)
    {
        await _engine.TurnsAsync(Chat, "/start", "consent:yes", "menu:help", "category:DomesticViolence", "recipient:Myself");

        await _engine.TypeAsync(Chat, story);

        Assert.Equal(story, (await _engine.ConversationAsync()).Description);
    }

    [Fact]
    public async Task An_answer_told_with_the_worry_is_taken_and_the_worry_kept_as_its_note()
    {
        await _engine.TurnsAsync(Chat, "/start", "consent:yes", "menu:help", "category:Economic", "recipient:Myself",
            "Kami kehabisan uang untuk sewa rumah.", "kecamatan:BontangBarat");

        await _engine.TypeAsync(Chat, "telpon aja, tp jgn sampe suami tau");

        var conversation = await _engine.ConversationAsync();
        Assert.Equal((ConversationState.AskPhoneNumber, "telpon aja, tp jgn sampe suami tau"), (conversation.State, conversation.ContactNote));
    }

    [Theory]
    [InlineData("rahasia kan?")]
    [InlineData("aman gk data sy?")]
    // A fear of being found out, told rather than asked.
    [InlineData("gk mau sebut, takut ketahuan")]
    [InlineData("sy gk mau suami tau")]
    public async Task At_the_contact_question(string question)
    {
        await _engine.TurnsAsync(Chat, "/start", "consent:yes", "menu:help", "category:Economic", "recipient:Myself",
            "Kami kehabisan uang untuk sewa rumah.", "kecamatan:BontangBarat");

        await AssertAnsweredAsync(question, ConversationState.AskContactMethod);
    }

    private async Task AssertAnsweredAsync(string question, ConversationState state)
    {
        var replies = await _engine.TypeAsync(Chat, question);

        Assert.Equal(Texts.KeptPrivate, replies[0].Text);
        Assert.Equal(state, (await _engine.ConversationAsync()).State);
    }
}
