using LK3.Intake.Cases;
using LK3.Intake.Conversations;
using Microsoft.EntityFrameworkCore;

namespace LK3.Intake.Tests.Engine;

/// <summary>Answers to the intake's later questions as families type them, found by typing them into the web chat.</summary>
public sealed class TypedAnswersTests : IAsyncLifetime
{
    private const string Chat = "5400";
    private static readonly string[] UpToTheContactQuestion =
        ["/start", "consent:yes", "menu:help", "category:Economic", "recipient:Myself", "Kami kehabisan uang untuk sewa rumah.", "kecamatan:BontangUtara"];

    private EngineHarness _engine = null!;

    public async Task InitializeAsync()
    {
        _engine = await EngineHarness.CreateAsync();
        await _engine.TurnsAsync(Chat, UpToTheContactQuestion);
    }

    public async Task DisposeAsync() => await _engine.DisposeAsync();

    [Theory]
    [InlineData("maksudnya?")]
    [InlineData("kenapa ditanya?")]
    public async Task A_question_about_the_question_is_told_what_can_be_answered_and_counts_as_no_miss(string question)
    {
        var replies = await _engine.TypeAsync(Chat, question);
        await _engine.TypeAsync(Chat, question);

        var texts = ConversationTexts.Indonesian;
        Assert.Equal([texts.Hints[ConversationState.AskContactMethod], texts.AskContactMethod], replies.Select(r => r.Text));
        var conversation = await _engine.ConversationAsync();
        Assert.Equal((ConversationState.AskContactMethod, 0, null), (conversation.State, conversation.Misses, conversation.WantsPersonSince));
    }

    [Theory]
    [InlineData("masih takut")]
    [InlineData("gk tau")]
    [InlineData("blm yakin kak")]
    [InlineData("tidak aman")]
    [InlineData("blm aman bu")]
    [InlineData("aman tp masih takut")]
    [InlineData("tidak ada, cuma takut")]
    [InlineData("iya ada, tp jgn telpon ya")]
    [InlineData("sy udh aman tp anak sy blm aman")]
    [InlineData("sy gk takut tp anak sy takut")]
    // Danger that comes and goes.
    [InlineData("kadang2")]
    [InlineData("dulu pernah")]
    // Harm that may come.
    [InlineData("skrg sih enggak, tp kalo dia pulang mabuk bisa ngamuk")]
    // Someone coming home soon is danger to hear, not a goodbye.
    [InlineData("ya, bentar lg dia pulang")]
    [InlineData("sy takut suami pulang nanti")]
    [InlineData("skrg sih aman, tp nanti mlm dia pulang")]
    [InlineData("dia blm pulang")]
    [InlineData("belum tentu")]
    // Someone at home now, in a few words.
    [InlineData("suami di rumah")]
    public async Task Fear_or_doubt_at_the_danger_question_marks_the_intake_urgent(string answer)
    {
        await _engine.TurnAsync(Chat, "contact:chat");

        var replies = await _engine.TypeAsync(Chat, answer);

        Assert.Contains(replies, r => r.Text.Contains("112", StringComparison.Ordinal));
        var conversation = await _engine.ConversationAsync();
        Assert.Equal((ConversationState.ConfirmIntake, true), (conversation.State, conversation.Urgent));
    }

    [Theory]
    [InlineData("maksudnya?", false)]
    [InlineData("sy gk ngerti", false)]
    [InlineData("aman gk data sy?", true)]
    public async Task A_question_at_the_danger_question_is_answered_and_it_is_asked_again(string question, bool privacy)
    {
        await _engine.TurnAsync(Chat, "contact:chat");

        var replies = await _engine.TypeAsync(Chat, question);

        Assert.Equal(privacy ? ConversationTexts.Indonesian.KeptPrivate : ConversationTexts.Indonesian.DangerExplained, replies[0].Text);
        var conversation = await _engine.ConversationAsync();
        Assert.Equal((ConversationState.AskDanger, false), (conversation.State, conversation.Urgent));
    }

    [Theory]
    [InlineData("sst")]
    [InlineData("suami pulang mabuk")]
    public async Task Someone_near_at_the_danger_question_marks_the_intake_urgent_and_shows_nothing_more(string words)
    {
        await _engine.TurnAsync(Chat, "contact:chat");

        var replies = await _engine.TypeAsync(Chat, words);

        var texts = ConversationTexts.Indonesian;
        Assert.True(replies[0].Urgent);
        Assert.Equal(texts.TalkLater, replies[^1].Text);
        Assert.DoesNotContain(replies, r => r.Text.Contains(texts.SummaryTitle, StringComparison.Ordinal));
        var conversation = await _engine.ConversationAsync();
        Assert.Equal((ConversationState.AskDanger, true), (conversation.State, conversation.Urgent));
    }

    [Fact]
    public async Task Words_told_beside_the_danger_answer_join_the_story()
    {
        await _engine.TurnAsync(Chat, "contact:chat");

        await _engine.TypeAsync(Chat, "skrg sih aman, tp nanti mlm dia pulang");

        Assert.EndsWith("\nskrg sih aman, tp nanti mlm dia pulang", (await _engine.ConversationAsync()).Description);
    }

    [Theory]
    [InlineData("aman kok")]
    [InlineData("gak ada")]
    [InlineData("gak takut kok")]
    [InlineData("gak ada, aman kok")]
    [InlineData("tidak, mungkin besok sy ke kantor")]
    [InlineData("gk pernah")]
    [InlineData("aman, dia gk pernah mukul")]
    [InlineData("dulu sih pernah, skrg aman")]
    [InlineData("aman, suami gk pulang2 dr kemarin")]
    public async Task Safe_at_the_danger_question_is_no(string answer)
    {
        await _engine.TurnAsync(Chat, "contact:chat");

        await _engine.TypeAsync(Chat, answer);

        var conversation = await _engine.ConversationAsync();
        Assert.Equal((ConversationState.ConfirmIntake, false), (conversation.State, conversation.Urgent));
    }

    [Fact]
    public async Task Dichat_chooses_this_chat()
    {
        await _engine.TypeAsync(Chat, "dichat aja kak");

        var conversation = await _engine.ConversationAsync();
        Assert.Equal((ConversationState.AskDanger, ContactMethod.ThisChat), (conversation.State, conversation.ContactMethod));
    }

    [Theory]
    [InlineData("udh")]
    [InlineData("sdh sesuai")]
    [InlineData("oke bu sy tunggu ya")]
    [InlineData("tidak salah")]
    public async Task Already_right_at_the_summary_sends_it(string answer)
    {
        await _engine.TurnsAsync(Chat, "contact:chat", "danger:no");

        await _engine.TypeAsync(Chat, answer);

        await using var db = _engine.Database.NewContext();
        Assert.Equal(1, await db.Cases.CountAsync());
        Assert.Equal(ConversationState.MainMenu, (await db.Conversations.SingleAsync()).State);
    }

    [Theory]
    [InlineData("kurang sesuai", ConversationState.ChoosingAnswer)]
    [InlineData("blm benar", ConversationState.ChoosingAnswer)]
    [InlineData("iya, tapi sy mau tambah cerita", ConversationState.AskDescription)]
    [InlineData("iya bentar", ConversationState.ConfirmIntake)]
    [InlineData("kirim nanti aja", ConversationState.ConfirmIntake)]
    [InlineData("belum mau kirim", ConversationState.ConfirmIntake)]
    [InlineData("kirim?", ConversationState.ConfirmIntake)]
    [InlineData("kirim besok aja ya", ConversationState.ConfirmIntake)]
    [InlineData("gk, salah nomornya", ConversationState.AskContactMethod)]
    public async Task Not_quite_right_or_not_yet_at_the_summary_sends_nothing(string answer, ConversationState next)
    {
        await _engine.TurnsAsync(Chat, "contact:chat", "danger:no");

        await _engine.TypeAsync(Chat, answer);

        await using var db = _engine.Database.NewContext();
        Assert.Equal(0, await db.Cases.CountAsync());
        Assert.Equal(next, (await db.Conversations.SingleAsync()).State);
    }

    [Theory]
    [InlineData("masih takut")]
    [InlineData("sdh benar, tp sy msh takut")]
    public async Task Fear_told_at_the_summary_marks_it_urgent_keeps_the_words_and_sends_nothing(string answer)
    {
        await _engine.TurnsAsync(Chat, "contact:chat", "danger:no");

        var replies = await _engine.TypeAsync(Chat, answer);

        Assert.Contains(replies, r => r.Urgent && r.Text.Contains("112", StringComparison.Ordinal));
        var conversation = await _engine.ConversationAsync();
        Assert.Equal((ConversationState.ConfirmIntake, true, $"Kami kehabisan uang untuk sewa rumah.\n{answer}"),
            (conversation.State, conversation.Urgent, conversation.Description));
    }

    [Theory]
    [InlineData("jangan chat, telpon aja")]
    [InlineData("gpp telpon")]
    [InlineData("gak papa telpon")]
    public async Task A_call_asked_for_beside_a_no_is_a_call(string answer)
    {
        await _engine.TypeAsync(Chat, answer);

        Assert.Equal(ConversationState.AskPhoneNumber, (await _engine.ConversationAsync()).State);
    }

    [Theory]
    [InlineData("jgn tlp no suami 0812 1111 2222, tlp ke 0813 3333 4444")]
    [InlineData("ibu, ini no sy 0813 3333 4444, jgn hub suami 0812 1111 2222")]
    [InlineData("0812 1111 2222 (suami), sy 0813 3333 4444")]
    public async Task Of_two_numbers_the_one_not_said_to_be_someone_else_s_is_kept(string answer)
    {
        await _engine.TurnAsync(Chat, "contact:phone");

        await _engine.TypeAsync(Chat, answer);

        Assert.Equal("+6281333334444", (await _engine.ConversationAsync()).ContactPhone);
    }
}
