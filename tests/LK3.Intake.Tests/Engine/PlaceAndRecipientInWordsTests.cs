using LK3.Intake.Cases;
using LK3.Intake.Conversations;

namespace LK3.Intake.Tests.Engine;

/// <summary>
/// Families who cannot name their kecamatan — they do not know it, say "Bontang", or give a street — are shown which
/// kelurahan each kecamatan has, not told they were not understood; "dua2nya" is the family, and "bukan sy" is not oneself.
/// </summary>
public sealed class PlaceAndRecipientInWordsTests : IAsyncLifetime
{
    private const string Chat = "5500";
    private static readonly ConversationTexts Texts = ConversationTexts.Indonesian;
    private EngineHarness _engine = null!;

    public async Task InitializeAsync() => _engine = await EngineHarness.CreateAsync();

    public async Task DisposeAsync() => await _engine.DisposeAsync();

    [Theory]
    [InlineData("gk tau", "jl ahmad yani")]
    [InlineData("gk tau kecamatannya", "kota bontang")]
    [InlineData("dkt pasar rawa indah", "jln brigjend katamso gg 5")]
    [InlineData("di bontang", "kurang tau bu")]
    // Places the bot does not know.
    [InlineData("di pkt", "hop 5")]
    public async Task Who_cannot_name_a_kecamatan_is_shown_the_kelurahan_of_each_and_never_handed_over_for_it(string first, string second)
    {
        await AtTheKecamatanQuestionAsync();

        var replies = await _engine.TypeAsync(Chat, first);
        await _engine.TypeAsync(Chat, second);

        Assert.Equal([Texts.KecamatanGuide, Texts.AskKecamatan], replies.Select(r => r.Text));
        Assert.Contains("Loktuan", Texts.KecamatanGuide);
        var conversation = await _engine.ConversationAsync();
        Assert.Equal((ConversationState.AskKecamatan, 0, null), (conversation.State, conversation.Misses, conversation.WantsPersonSince));
        await _engine.TypeAsync(Chat, "loktuan");
        Assert.Equal(Kecamatan.BontangUtara, (await _engine.ConversationAsync()).Kecamatan);
    }

    [Theory]
    [InlineData("sy sendiri bu")]
    [InlineData("untuk aku kak")]
    public async Task Staff_addressed_beside_oneself_is_no_family(string answer)
    {
        await _engine.TurnsAsync(Chat, "/start", "consent:yes", "menu:help", "category:Economic");

        await _engine.TypeAsync(Chat, answer);

        Assert.Equal(HelpRecipient.Myself, (await _engine.ConversationAsync()).Recipient);
    }

    [Fact]
    public async Task Ones_mother_is_family()
    {
        await _engine.TurnsAsync(Chat, "/start", "consent:yes", "menu:help", "category:Economic");

        await _engine.TypeAsync(Chat, "ibu sy");

        Assert.Equal(HelpRecipient.MyFamily, (await _engine.ConversationAsync()).Recipient);
    }

    [Fact]
    public async Task Danger_told_at_the_kecamatan_question_gets_the_numbers_and_no_guide()
    {
        await AtTheKecamatanQuestionAsync();

        var replies = await _engine.TypeAsync(Chat, "suami udh di depan pintu bawa parang");

        Assert.True(replies[0].Urgent);
        Assert.DoesNotContain(replies, r => r.Text == Texts.KecamatanGuide);
    }

    [Theory]
    [InlineData("gk mau sebut, takut ketahuan")]
    [InlineData("rahasia ya?")]
    [InlineData("ga mau")]
    public async Task Who_does_not_want_to_say_is_told_why_it_is_asked_and_who_sees_it(string words)
    {
        await AtTheKecamatanQuestionAsync();

        var replies = await _engine.TypeAsync(Chat, words);

        Assert.Equal([Texts.KecamatanWhy, Texts.AskKecamatan], replies.Select(r => r.Text));
        Assert.Equal(ConversationState.AskKecamatan, (await _engine.ConversationAsync()).State);
    }

    [Fact]
    public async Task A_question_at_the_kecamatan_question_is_no_place()
    {
        await AtTheKecamatanQuestionAsync();

        var replies = await _engine.TypeAsync(Chat, "kantor lk3 dekat mana?");

        Assert.DoesNotContain(replies, r => r.Text == Texts.KecamatanGuide);
    }

    [Theory]
    [InlineData("dua2nya")]
    [InlineData("keduanya bu")]
    [InlineData("dua duanya")]
    [InlineData("kami sekeluarga")]
    public async Task Both_or_all_of_them_is_the_family(string answer)
    {
        await _engine.TurnsAsync(Chat, "/start", "consent:yes", "menu:help", "category:Youth");

        await _engine.TypeAsync(Chat, answer);

        Assert.Equal(HelpRecipient.MyFamily, (await _engine.ConversationAsync()).Recipient);
    }

    [Theory]
    [InlineData("ponakan sy", HelpRecipient.MyFamily)]
    [InlineData("cucu sy", HelpRecipient.MyFamily)]
    [InlineData("murid sy", HelpRecipient.SomeoneElse)]
    // The one writing names themself by the child: the child needs help.
    [InlineData("sy ibunya", HelpRecipient.MyChild)]
    [InlineData("sy bapaknya", HelpRecipient.MyChild)]
    [InlineData("buat sy sm anak2", HelpRecipient.MyFamily)]
    [InlineData("kak sy", HelpRecipient.MyFamily)]
    [InlineData("untuk mbak sy bu", HelpRecipient.MyFamily)]
    [InlineData("Ibu, anak sy", HelpRecipient.MyChild)]
    [InlineData("sy, sama anak2", HelpRecipient.MyFamily)]
    public async Task Who_needs_help_in_other_words(string answer, HelpRecipient expected)
    {
        await _engine.TurnsAsync(Chat, "/start", "consent:yes", "menu:help", "category:Youth");

        await _engine.TypeAsync(Chat, answer);

        var conversation = await _engine.ConversationAsync();
        Assert.Equal((expected, ConversationState.AskDescription, null), (conversation.Recipient, conversation.State, conversation.Description));
    }

    [Theory]
    [InlineData("suami sy, baru kena phk", HelpRecipient.MyFamily)]
    [InlineData("buat sy, sy takut sm suami", HelpRecipient.Myself)]
    // The first words answer; the rest tells more.
    [InlineData("sy sendiri, suami sy suka mukul", HelpRecipient.Myself)]
    [InlineData("adik sy, dia dibully di sekolah", HelpRecipient.MyFamily)]
    [InlineData("istri sy pak, dia kabur bawa anak", HelpRecipient.MyFamily)]
    public async Task More_told_beside_the_answer_joins_the_story(string answer, HelpRecipient expected)
    {
        await _engine.TurnsAsync(Chat, "/start", "consent:yes", "menu:help", "category:Economic");

        await _engine.TypeAsync(Chat, answer);

        var conversation = await _engine.ConversationAsync();
        Assert.Equal((expected, answer), (conversation.Recipient, conversation.Description));
    }

    [Fact]
    public async Task A_child_writing_for_themself_is_oneself_and_their_age_is_kept_for_the_counsellor()
    {
        await _engine.TurnsAsync(Chat, "/start", "consent:yes", "menu:help", "category:Youth");

        // "kak", like "bu", addresses staff: no elder sibling.
        await _engine.TypeAsync(Chat, "aku sendiri kak, aku 14 thn");

        var conversation = await _engine.ConversationAsync();
        Assert.Equal((HelpRecipient.Myself, "aku sendiri kak, aku 14 thn"), (conversation.Recipient, conversation.Description));
    }

    [Fact]
    public async Task Not_me_is_not_oneself()
    {
        await _engine.TurnsAsync(Chat, "/start", "consent:yes", "menu:help", "category:Youth");

        await _engine.TypeAsync(Chat, "bukan sy");

        var conversation = await _engine.ConversationAsync();
        Assert.Equal((ConversationState.AskRecipient, null), (conversation.State, conversation.Recipient));
    }

    [Theory]
    [InlineData("malu sy ceritanya")]
    [InlineData("sy bingung mulai dr mana")]
    [InlineData("panjang ceritanya bu")]
    [InlineData("gmn ya ceritanya")]
    [InlineData("sy mau cerita")]
    public async Task A_family_hesitating_to_tell_its_story_is_encouraged_and_nothing_is_taken_as_the_story(string words)
    {
        await _engine.TurnsAsync(Chat, "/start", "consent:yes", "menu:help", "category:Economic", "recipient:Myself");

        var replies = await _engine.TypeAsync(Chat, words);

        Assert.Equal(Texts.StoryHelp, replies[0].Text);
        var conversation = await _engine.ConversationAsync();
        Assert.Equal((ConversationState.AskDescription, null), (conversation.State, conversation.Description));
    }

    [Theory]
    [InlineData("malu sy ceritanya, suami sy udh 3 bulan gk kasih nafkah")]
    [InlineData("hutang numpuk, ditagih tiap hari")]
    [InlineData("anak sy gk mau cerita")]
    [InlineData("suami gk pernah mau bicara sama sy")]
    [InlineData("suami sy gk mau cerita apa2")]
    public async Task A_story_told_with_hesitation_is_the_story(string story)
    {
        await _engine.TurnsAsync(Chat, "/start", "consent:yes", "menu:help", "category:Economic", "recipient:Myself");

        await _engine.TypeAsync(Chat, story);

        Assert.Equal(ConversationState.AskKecamatan, (await _engine.ConversationAsync()).State);
    }

    [Theory]
    [InlineData("minta tolong")]
    [InlineData("sy butuh bantuan")]
    [InlineData("bu sy mau cerita")]
    public async Task Asking_for_help_at_the_menu_is_no_story_and_the_story_is_asked_for(string words)
    {
        await _engine.TurnsAsync(Chat, "/start", "consent:yes");

        await _engine.TypeAsync(Chat, words);
        await _engine.TurnsAsync(Chat, "category:Economic");
        var replies = await _engine.TurnAsync(Chat, "recipient:Myself");

        Assert.StartsWith("Ceritakan singkat", replies[^1].Text);
        Assert.Null((await _engine.ConversationAsync()).Description);
    }

    [Fact]
    public async Task Asking_for_help_in_a_first_message_is_no_story()
    {
        await _engine.TypeAsync(Chat, "tolong sy");
        await _engine.TurnsAsync(Chat, "consent:yes", "category:Economic", "recipient:Myself");

        var conversation = await _engine.ConversationAsync();
        Assert.Equal((ConversationState.AskDescription, null), (conversation.State, conversation.Description));
    }

    [Fact]
    public async Task What_is_told_beside_who_needs_help_joins_the_story()
    {
        await _engine.TurnsAsync(Chat, "/start", "consent:yes", "menu:help", "category:ChildProtection");

        await _engine.TypeAsync(Chat, "anak sy, dia jg sering dipukul bapaknya");

        var conversation = await _engine.ConversationAsync();
        Assert.Equal((HelpRecipient.MyChild, "anak sy, dia jg sering dipukul bapaknya"), (conversation.Recipient, conversation.Description));
    }

    [Fact]
    public async Task What_is_told_beside_a_yes_to_the_problem_asked_back_joins_the_story()
    {
        await _engine.TurnsAsync(Chat, "/start", "consent:yes", "suami sy udh 3 bln gk kasih nafkah, sy sama 2 anak");

        await _engine.TypeAsync(Chat, "iya tp suami jg suka mukul");

        var conversation = await _engine.ConversationAsync();
        Assert.Equal(ConversationState.AskRecipient, conversation.State);
        Assert.EndsWith("\niya tp suami jg suka mukul", conversation.Description);
    }

    [Fact]
    public async Task Danger_told_as_the_answer_to_the_problem_is_kept_once()
    {
        await _engine.TurnsAsync(Chat, "/start", "consent:yes", "menu:help");

        await _engine.TypeAsync(Chat, "suami sy td malam mukul sy, skrg dia lg tidur");

        Assert.Equal("suami sy td malam mukul sy, skrg dia lg tidur", (await _engine.ConversationAsync()).Description);
    }

    private Task AtTheKecamatanQuestionAsync() => _engine.TurnsAsync(Chat,
        "/start", "consent:yes", "menu:help", "category:Economic", "recipient:Myself", "Kami kehabisan uang untuk sewa rumah.");
}
