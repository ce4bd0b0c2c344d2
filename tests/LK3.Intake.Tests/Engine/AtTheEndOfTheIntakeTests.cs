using LK3.Intake.Cases;
using LK3.Intake.Conversations;
using Microsoft.EntityFrameworkCore;

namespace LK3.Intake.Tests.Engine;

/// <summary>
/// The last questions as families answer them in words: how to be reached when the phone is not theirs or is watched, whether
/// anyone is in danger, and the change of an answer given up or the request sent from there. Nothing told is lost.
/// </summary>
public sealed class AtTheEndOfTheIntakeTests : IAsyncLifetime
{
    private const string Chat = "6100";
    private const string Story = "Suami saya sering memukul saya.";
    private static readonly ConversationTexts Texts = ConversationTexts.Indonesian;
    private EngineHarness _engine = null!;

    public async Task InitializeAsync()
    {
        _engine = await EngineHarness.CreateAsync();
        await _engine.TurnsAsync(Chat, "/start", "consent:yes", "menu:help", "category:DomesticViolence", "recipient:Myself", Story,
            "kecamatan:BontangUtara");
    }

    public async Task DisposeAsync() => await _engine.DisposeAsync();

    [Theory]
    [InlineData("jgn telp bu, hp sy sering dicek suami")]
    [InlineData("chat aja kak, aku gk punya hp sendiri ini hp kakak")]
    public async Task A_phone_that_is_not_the_familys_own_or_is_watched_means_this_chat_with_the_words_kept(string words)
    {
        await _engine.TypeAsync(Chat, words);

        var conversation = await _engine.ConversationAsync();
        Assert.Equal((ConversationState.AskDanger, ContactMethod.ThisChat, words), (conversation.State, conversation.ContactMethod, conversation.ContactNote));
    }

    [Theory]
    [InlineData("sy yg dlm bahaya")]
    [InlineData("anak sy dlm bahaya")]
    [InlineData("dia msh dirumah bu")]
    [InlineData("suami msh dlm rumah")]
    [InlineData("dia msh dlm kamar")]
    public async Task Danger_told_in_a_few_words_at_the_danger_question_is_a_yes_with_the_numbers(string words)
    {
        await _engine.TurnAsync(Chat, "contact:chat");

        var replies = await _engine.TypeAsync(Chat, words);

        Assert.Contains(replies, r => r.Urgent);
        var conversation = await _engine.ConversationAsync();
        Assert.Equal((ConversationState.ConfirmIntake, true), (conversation.State, conversation.Urgent));
    }

    [Theory]
    [InlineData("gk, dia lagi kerja")]
    // An English "is" inside a sentence asks nothing.
    [InlineData("no, he is at work now")]
    public async Task A_no_with_where_he_is_answers_the_danger_question(string words)
    {
        await _engine.TurnAsync(Chat, "contact:chat");

        await _engine.TypeAsync(Chat, words);

        var conversation = await _engine.ConversationAsync();
        Assert.Equal((ConversationState.ConfirmIntake, false), (conversation.State, conversation.Urgent));
    }

    [Fact]
    public async Task Fear_told_at_the_danger_question_is_a_yes_kept_with_the_story()
    {
        await _engine.TurnAsync(Chat, "contact:chat");

        await _engine.TypeAsync(Chat, "sy takut bgt bu 😭");

        var conversation = await _engine.ConversationAsync();
        Assert.Equal((true, $"{Story}\nsy takut bgt bu 😭"), (conversation.Urgent, conversation.Description));
    }

    [Theory]
    [InlineData("kembali")]
    [InlineData("gk jadi")]
    [InlineData("batal ubah")]
    [InlineData("gk jadi ubah, udh bener")]
    [InlineData("udah bener")]
    public async Task Giving_up_a_change_goes_back_to_the_summary_and_keeps_every_answer(string words)
    {
        await _engine.TurnsAsync(Chat, "contact:chat", "danger:no", "intake:edit");

        var replies = await _engine.TypeAsync(Chat, words);

        Assert.Contains(Texts.ConfirmQuestion, replies[^1].Text);
        var conversation = await _engine.ConversationAsync();
        Assert.Equal((ConversationState.ConfirmIntake, Story, Kecamatan.BontangUtara), (conversation.State, conversation.Description, conversation.Kecamatan));
    }

    [Fact]
    public async Task Kirim_aja_while_choosing_what_to_change_sends_the_request()
    {
        await _engine.TurnsAsync(Chat, "contact:chat", "danger:no", "intake:edit");

        await _engine.TypeAsync(Chat, "kirim aja");

        Assert.Equal(ConversationState.MainMenu, (await _engine.ConversationAsync()).State);
        await using var db = _engine.Database.NewContext();
        Assert.Equal(Story, (await db.Cases.SingleAsync()).Description);
    }

    [Theory]
    [InlineData("jgn kirim dulu")]
    [InlineData("belum mau kirim")]
    [InlineData("kirim besok aja")]
    public async Task Kirim_held_back_while_choosing_what_to_change_sends_nothing(string words)
    {
        await _engine.TurnsAsync(Chat, "contact:chat", "danger:no", "intake:edit");

        await _engine.TypeAsync(Chat, words);

        await using var db = _engine.Database.NewContext();
        Assert.Empty(await db.Cases.ToListAsync());
        Assert.Equal(Story, (await _engine.ConversationAsync()).Description);
    }

    [Fact]
    public async Task Cancelling_in_fear_while_choosing_what_to_change_is_heard_and_keeps_everything()
    {
        await _engine.TurnsAsync(Chat, "contact:chat", "danger:no", "intake:edit");

        var replies = await _engine.TypeAsync(Chat, "batal aja, takut");

        Assert.Equal([Texts.FearHeard, Texts.IntakeKeptThroughFear], replies.Select(r => r.Text));
        Assert.Equal(Story, (await _engine.ConversationAsync()).Description);
    }

    [Fact]
    public async Task Thanks_while_choosing_what_to_change_is_no_answer_named()
    {
        await _engine.TurnsAsync(Chat, "contact:chat", "danger:no", "intake:edit");

        var replies = await _engine.TypeAsync(Chat, "makasih bu");

        Assert.Equal(Texts.YoureWelcome, replies[0].Text);
        Assert.Equal(ConversationState.ChoosingAnswer, (await _engine.ConversationAsync()).State);
    }
}
