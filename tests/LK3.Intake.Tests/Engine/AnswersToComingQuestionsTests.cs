using LK3.Intake.Cases;
using LK3.Intake.Conversations;

namespace LK3.Intake.Tests.Engine;

/// <summary>
/// Families answer before they are asked: the place they live or how to reach them, typed while the bot asks about the
/// problem. Such an answer is kept, the family told so, and its question is not asked again.
/// </summary>
public sealed class AnswersToComingQuestionsTests : IAsyncLifetime
{
    private const string Chat = "5300";
    private static readonly ConversationTexts Texts = ConversationTexts.Indonesian;
    private EngineHarness _engine = null!;

    public async Task InitializeAsync()
    {
        _engine = await EngineHarness.CreateAsync();
        await _engine.TurnsAsync(Chat, "/start", "consent:yes", "menu:help");
    }

    public async Task DisposeAsync() => await _engine.DisposeAsync();

    [Fact]
    public async Task A_place_and_a_way_to_call_told_early_are_kept_and_not_asked_again()
    {
        var place = await _engine.TypeAsync(Chat, "sy di bontang utara");
        var call = await _engine.TypeAsync(Chat, "telpon aja");

        Assert.Equal("Baik, kami catat: <b>Bontang Utara</b>.", place[0].Text);
        Assert.Equal("Baik, kami catat: <b>Telepon</b>.", call[0].Text);
        Assert.All([place, call], replies => Assert.Contains(replies[^1].Buttons, b => b.Id == "category:Economic"));

        await _engine.TurnsAsync(Chat, "category:Economic", "recipient:Myself");
        var afterStory = await _engine.TypeAsync(Chat, "Kami kehabisan uang untuk sewa rumah.");

        Assert.Equal(Texts.AskPhoneNumber, afterStory[^1].Text);
        var conversation = await _engine.ConversationAsync();
        Assert.Equal((ConversationState.AskPhoneNumber, Kecamatan.BontangUtara), (conversation.State, conversation.Kecamatan));
    }

    [Fact]
    public async Task A_number_told_early_is_kept_with_its_words_and_the_intake_goes_to_the_danger_question()
    {
        var replies = await _engine.TypeAsync(Chat, "no sy 0812 3456 7890");

        Assert.Equal("Baik, kami catat: <b>Telepon +6281234567890</b>.", replies[0].Text);
        await _engine.TurnsAsync(Chat, "category:Economic", "recipient:Myself", "Kami kehabisan uang untuk sewa rumah.", "kecamatan:BontangBarat");
        var conversation = await _engine.ConversationAsync();
        Assert.Equal((ConversationState.AskDanger, ContactMethod.PhoneCall, "+6281234567890"),
            (conversation.State, conversation.ContactMethod, conversation.ContactPhone));
    }

    [Fact]
    public async Task A_number_told_while_the_problem_is_asked_back_is_kept_and_its_no_is_not_a_refusal()
    {
        await AtTheCategoryAskedBackAsync();

        // "no" is "nomor" here, not "bukan".
        var replies = await _engine.TypeAsync(Chat, "no sy 0812 3456 7890");

        Assert.Equal("Baik, kami catat: <b>Telepon +6281234567890</b>.", replies[0].Text);
        var conversation = await _engine.ConversationAsync();
        Assert.Equal((ConversationState.ConfirmCategory, ContactMethod.PhoneCall, "+6281234567890"),
            (conversation.State, conversation.ContactMethod, conversation.ContactPhone));
    }

    [Theory]
    [InlineData("ini nomor suami 0812 3456 7890")]
    [InlineData("no ibu sy 0812 3456 7890")]
    // More than a short answer; and its "no" is "nomor", not "bukan".
    [InlineData("no 0812 3456 7890, jgn telp malam soalnya dia di rumah")]
    public async Task A_number_said_to_be_someone_else_s_or_told_with_a_story_is_not_kept_nor_read_as_no(string message)
    {
        await AtTheCategoryAskedBackAsync();

        await _engine.TypeAsync(Chat, message);

        var conversation = await _engine.ConversationAsync();
        Assert.Equal((ConversationState.ConfirmCategory, null, null), (conversation.State, conversation.ContactMethod, conversation.ContactPhone));
    }

    [Fact]
    public async Task After_telpon_aja_the_number_typed_at_the_story_question_is_kept_not_taken_as_the_story()
    {
        await _engine.TurnsAsync(Chat, "telpon aja", "category:Economic", "recipient:Myself");

        var replies = await _engine.TypeAsync(Chat, "0812 3456 7890");

        Assert.Equal("Baik, kami catat: <b>Telepon +6281234567890</b>.", replies[0].Text);
        var conversation = await _engine.ConversationAsync();
        Assert.Equal((ConversationState.AskDescription, null, "+6281234567890"), (conversation.State, conversation.Description, conversation.ContactPhone));
    }

    [Fact]
    public async Task A_place_typed_when_the_story_is_offered_back_is_kept_and_the_story_left_as_it_was()
    {
        await _engine.TurnsAsync(Chat, "category:Economic", "recipient:Myself", "/batal");
        // Told in words, the problem is offered back as the story ("Apakah sudah cukup?").
        await _engine.TurnsAsync(Chat, "suami sy udh 3 bulan gk kasih nafkah", "saya sendiri");

        var replies = await _engine.TypeAsync(Chat, "loktuan");

        Assert.Equal("Baik, kami catat: <b>Bontang Utara</b>.", replies[0].Text);
        Assert.Contains(replies[^1].Buttons, b => b.Id == "story:keep");
        await _engine.TurnAsync(Chat, "story:keep");
        var conversation = await _engine.ConversationAsync();
        Assert.Equal((ConversationState.AskContactMethod, "suami sy udh 3 bulan gk kasih nafkah"), (conversation.State, conversation.Description));
    }

    [Theory]
    [InlineData("suami sy sering telpon perempuan lain tiap malam di loktuan")]
    [InlineData("bapaknya tinggal di bontang utara tp gk pernah kasih uang")]
    [InlineData("mantan sy terus kirim pesan ke 0812 3456 7890")]
    [InlineData("pesan dr suami")]
    [InlineData("ditinggal suami ke sini")]
    [InlineData("suami kabur ke loktuan")]
    [InlineData("dia blm telpon")]
    [InlineData("chat sy gk dibalas")]
    [InlineData("hp sy disita")]
    public async Task A_story_naming_a_place_a_telephone_or_a_chat_is_not_read_as_an_answer(string story)
    {
        await _engine.TurnsAsync(Chat, "category:FamilyConflict", "recipient:Myself", story);

        var conversation = await _engine.ConversationAsync();
        Assert.Equal((ConversationState.AskKecamatan, story), (conversation.State, conversation.Description));
        Assert.Null(conversation.ContactMethod);
        Assert.Null(conversation.Kecamatan);
    }

    [Fact]
    public async Task A_kecamatan_changed_from_the_summary_is_asked_even_though_it_was_told_early()
    {
        await _engine.TurnsAsync(Chat, "bontang utara", "lewat chat aja", "category:Economic", "recipient:Myself",
            "Kami kehabisan uang untuk sewa rumah.", "danger:no");
        Assert.Equal(ConversationState.ConfirmIntake, (await _engine.ConversationAsync()).State);

        var replies = await _engine.TypeAsync(Chat, "ubah kecamatan");

        Assert.Contains(replies[^1].Buttons, b => b.Id == "kecamatan:BontangSelatan");
        Assert.Equal(ConversationState.AskKecamatan, (await _engine.ConversationAsync()).State);
    }

    [Theory]
    [InlineData("eh salah kecamatannya, sy di bontang selatan")]
    [InlineData("ubah kecamatan jd berbas tengah")]
    public async Task A_kecamatan_changed_with_the_new_one_told_takes_it(string words)
    {
        await _engine.TurnsAsync(Chat, "category:Economic", "recipient:Myself", "Kami kehabisan uang untuk sewa rumah.", "kecamatan:BontangUtara",
            "contact:chat", "danger:no");

        var replies = await _engine.TypeAsync(Chat, words);

        Assert.Contains("Bontang Selatan", replies[^1].Text);
        var conversation = await _engine.ConversationAsync();
        Assert.Equal((ConversationState.ConfirmIntake, Kecamatan.BontangSelatan), (conversation.State, conversation.Kecamatan));
    }

    [Theory]
    [InlineData("tambah cerita: suami jg suka ngancem anak2", "suami jg suka ngancem anak2")]
    [InlineData("sy mau tambah, suami jg sering mabuk", "suami jg sering mabuk")]
    public async Task Words_added_to_the_story_at_the_summary_join_it_and_the_summary_is_shown_again(string words, string added)
    {
        await _engine.TurnsAsync(Chat, "category:Economic", "recipient:Myself", "Kami kehabisan uang untuk sewa rumah.", "kecamatan:BontangUtara",
            "contact:chat", "danger:no");

        var replies = await _engine.TypeAsync(Chat, words);

        Assert.Contains(added, replies[^1].Text);
        Assert.Contains(replies[^1].Buttons, b => b.Id == "intake:send");
        var conversation = await _engine.ConversationAsync();
        Assert.Equal((ConversationState.ConfirmIntake, $"Kami kehabisan uang untuk sewa rumah.\n{added}"), (conversation.State, conversation.Description));
    }

    [Fact]
    public async Task Words_added_to_the_story_at_another_question_join_it_and_that_question_is_asked_again()
    {
        await _engine.TurnsAsync(Chat, "category:Economic");

        var replies = await _engine.TypeAsync(Chat, "tambah cerita: bapaknya jg suka mabuk");

        Assert.Equal([ConversationTexts.Indonesian.HeldMore, ConversationTexts.Indonesian.AskRecipient], replies.Select(r => r.Text));
        var conversation = await _engine.ConversationAsync();
        Assert.Equal((ConversationState.AskRecipient, null, "bapaknya jg suka mabuk"), (conversation.State, conversation.Recipient, conversation.Description));
    }

    [Fact]
    public async Task Wa_aja_told_early_asks_for_the_number_when_the_contact_question_comes()
    {
        await _engine.TurnsAsync(Chat, "category:Economic");

        await _engine.TypeAsync(Chat, "wa aja");
        await _engine.TurnsAsync(Chat, "recipient:Myself", "Kami kehabisan uang untuk sewa rumah.", "kecamatan:BontangUtara");

        var conversation = await _engine.ConversationAsync();
        Assert.Equal((ConversationState.AskPhoneNumber, "wa aja"), (conversation.State, conversation.ContactNote));
    }

    [Theory]
    [InlineData("sy mau tambah cerita")]
    [InlineData("tambah nomor: 0813 1111 2222")]
    public async Task A_wish_to_add_without_words_for_the_story_adds_nothing_to_it(string words)
    {
        await _engine.TurnsAsync(Chat, "category:Economic", "recipient:Myself", "Kami kehabisan uang untuk sewa rumah.", "kecamatan:BontangUtara",
            "contact:chat", "danger:no");

        await _engine.TypeAsync(Chat, words);

        Assert.Equal("Kami kehabisan uang untuk sewa rumah.", (await _engine.ConversationAsync()).Description);
    }

    [Fact]
    public async Task A_number_changed_with_the_new_one_told_takes_it()
    {
        await _engine.TurnsAsync(Chat, "category:Economic", "recipient:Myself", "Kami kehabisan uang untuk sewa rumah.", "kecamatan:BontangUtara",
            "contact:phone", "0812 3456 7890", "danger:no");

        await _engine.TypeAsync(Chat, "ganti nomor 0813 1111 2222");

        var conversation = await _engine.ConversationAsync();
        Assert.Equal((ConversationState.ConfirmIntake, "+6281311112222", null), (conversation.State, conversation.ContactPhone, conversation.ContactNote));
    }

    private async Task AtTheCategoryAskedBackAsync()
    {
        await _engine.TurnsAsync(Chat, "/batal", "suami sy udh 3 bln gk kasih nafkah, sy sama 2 anak");
        Assert.Equal(ConversationState.ConfirmCategory, (await _engine.ConversationAsync()).State);
    }
}
