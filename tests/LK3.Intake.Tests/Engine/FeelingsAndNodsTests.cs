using LK3.Intake.Cases;
using LK3.Intake.Conversations;
using Microsoft.EntityFrameworkCore;

namespace LK3.Intake.Tests.Engine;

/// <summary>
/// What people write besides words of a problem: a feeling with nothing else ("sy sedih bgt", "😭😭"), a nod ("🙏", "👍"), a
/// plea for the numbers in the middle of the intake ("darurat"), money lacked for a sick mother. None of it is "not understood".
/// </summary>
public sealed class FeelingsAndNodsTests : IAsyncLifetime
{
    private const string Chat = "5900";
    private static readonly ConversationTexts Texts = ConversationTexts.Indonesian;
    private EngineHarness _engine = null!;

    public async Task InitializeAsync() => _engine = await EngineHarness.CreateAsync();

    public async Task DisposeAsync() => await _engine.DisposeAsync();

    [Theory]
    [InlineData("sy sedih bgt")]
    [InlineData("nangis terus")]
    [InlineData("😭😭😭")]
    [InlineData("💔")]
    [InlineData("hati sy hancur bu")]
    [InlineData("aku capek")]
    public async Task A_feeling_told_at_the_menu_is_heard_and_the_family_is_asked_what_happened(string words)
    {
        await _engine.TurnsAsync(Chat, "/start", "consent:yes");

        var replies = await _engine.TypeAsync(Chat, words);

        Assert.Equal([$"{Texts.FeelingsHeard}\n\n{Texts.FeelingsInvite}", Texts.MenuQuestion], replies.Select(r => r.Text));
        var conversation = await _engine.ConversationAsync();
        Assert.Equal((ConversationState.MainMenu, 0), (conversation.State, conversation.Misses));
    }

    [Theory]
    [InlineData("gk sedih kok")]
    [InlineData("sy tidak sedih")]
    public async Task A_feeling_denied_is_not_taken_for_one(string words)
    {
        await _engine.TurnsAsync(Chat, "/start", "consent:yes");

        var replies = await _engine.TypeAsync(Chat, words);

        Assert.DoesNotContain(replies, r => r.Text.StartsWith(Texts.FeelingsHeard, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_first_message_of_tears_is_heard_before_the_welcome()
    {
        var replies = await _engine.TypeAsync(Chat, "😭😭");

        Assert.Equal(Texts.FeelingsHeard, replies[0].Text);
        Assert.Equal(ConversationState.AwaitingConsent, (await _engine.ConversationAsync()).State);
    }

    [Fact]
    public async Task A_feeling_told_during_the_intake_is_heard_kept_with_the_story_and_the_question_asked_again()
    {
        await _engine.TurnsAsync(Chat, "/start", "consent:yes", "menu:help", "category:DomesticViolence", "recipient:Myself",
            "Suami saya sering memukul saya.");

        var replies = await _engine.TypeAsync(Chat, "sy sedih bgt bu");

        Assert.Equal([Texts.FeelingsHeard, Texts.AskKecamatan], replies.Select(r => r.Text));
        var conversation = await _engine.ConversationAsync();
        Assert.Equal((ConversationState.AskKecamatan, "Suami saya sering memukul saya.\nsy sedih bgt bu"), (conversation.State, conversation.Description));
    }

    [Fact]
    public async Task Tears_drawn_during_the_intake_are_heard_and_no_story()
    {
        await _engine.TurnsAsync(Chat, "/start", "consent:yes", "menu:help", "category:DomesticViolence");

        var replies = await _engine.TypeAsync(Chat, "😭");

        Assert.Equal(Texts.FeelingsHeard, replies[0].Text);
        var conversation = await _engine.ConversationAsync();
        Assert.Equal((ConversationState.AskRecipient, null), (conversation.State, conversation.Description));
    }

    [Fact]
    public async Task Sudah_cukup_with_nothing_told_yet_is_helped_to_begin_and_no_story()
    {
        await _engine.TurnsAsync(Chat, "/start", "consent:yes", "menu:help", "category:DomesticViolence", "recipient:Myself");

        var replies = await _engine.TypeAsync(Chat, "sudah cukup");

        Assert.Equal(Texts.StoryHelp, replies[0].Text);
        var conversation = await _engine.ConversationAsync();
        Assert.Equal((ConversationState.AskDescription, null), (conversation.State, conversation.Description));
    }

    [Fact]
    public async Task A_feeling_written_to_a_waiting_case_is_heard_and_kept_on_the_case()
    {
        await _engine.TurnsAsync(Chat, "/start", "consent:yes", "menu:help", "category:FamilyConflict", "recipient:Myself",
            "Suami sering marah dan membentak anak.", "kecamatan:BontangUtara", "contact:chat", "danger:no", "intake:send");

        var replies = await _engine.TypeAsync(Chat, "sy sedih bgt");

        Assert.Equal(Texts.FeelingsHeard, replies[0].Text);
        Assert.Contains("LK3-2026-0001", replies[1].Text);
        await using var db = _engine.Database.NewContext();
        Assert.Equal(["sy sedih bgt"], await db.CaseMessages.Select(m => m.Text).ToListAsync());
    }

    [Theory]
    [InlineData("🙏")]
    [InlineData("👍")]
    [InlineData("🙂🙂")]
    public async Task A_nod_is_taken_as_one(string nod)
    {
        await _engine.TurnsAsync(Chat, "/start", "consent:yes");

        var replies = await _engine.TypeAsync(Chat, nod);

        Assert.Equal([Texts.Noted, Texts.MenuQuestion], replies.Select(r => r.Text));
        Assert.Equal(0, (await _engine.ConversationAsync()).Misses);
    }

    [Fact]
    public async Task Darurat_typed_during_the_intake_shows_the_numbers_again_and_is_not_kept_as_story()
    {
        await _engine.TurnsAsync(Chat, "/start", "consent:yes", "menu:help", "category:DomesticViolence", "recipient:Myself",
            "Suami saya sering memukul saya.");
        Assert.Contains(await _engine.TypeAsync(Chat, "td malam dia bawa pisau, mau bunuh sy"), r => r.Urgent);

        var replies = await _engine.TypeAsync(Chat, "darurat");

        Assert.True(replies[0].Urgent);
        Assert.Equal(Texts.AskKecamatan, replies[^1].Text);
        var conversation = await _engine.ConversationAsync();
        Assert.Equal((ConversationState.AskKecamatan, "Suami saya sering memukul saya.\ntd malam dia bawa pisau, mau bunuh sy"),
            (conversation.State, conversation.Description));
    }

    [Theory]
    [InlineData("gk tau masuk yg mana bu")]
    [InlineData("SAYA TIDAK MENGERTI PILIHANNYA NAK")]
    public async Task Not_knowing_which_category_is_told_to_tell_it_instead_never_not_understood(string words)
    {
        await _engine.TurnsAsync(Chat, "/start", "consent:yes", "menu:help");

        var replies = await _engine.TypeAsync(Chat, words);

        Assert.Equal(Texts.Hints[ConversationState.AskCategory], replies[0].Text);
        var conversation = await _engine.ConversationAsync();
        Assert.Equal((ConversationState.AskCategory, 0), (conversation.State, conversation.Misses));
    }

    [Theory]
    [InlineData("mau ketemu aja bu")]
    [InlineData("gk mau cerita disini bu, mau langsung ketemu aja")]
    public async Task Bu_addresses_staff_so_a_wish_to_meet_is_no_one_missing(string words)
    {
        await _engine.TurnsAsync(Chat, "/start", "consent:yes");

        Assert.DoesNotContain(await _engine.TypeAsync(Chat, words), r => r.Urgent);
    }

    [Fact]
    public async Task Darurat_with_more_told_during_the_intake_keeps_the_words()
    {
        await _engine.TurnsAsync(Chat, "/start", "consent:yes", "menu:help", "category:DomesticViolence", "recipient:Myself",
            "Suami saya sering memukul saya.");

        var replies = await _engine.TypeAsync(Chat, "darurat bu, suami ngamuk");

        Assert.True(replies[0].Urgent);
        Assert.Equal("Suami saya sering memukul saya.\ndarurat bu, suami ngamuk", (await _engine.ConversationAsync()).Description);
    }

    [Theory]
    [InlineData("ibu sy sakit gk ada biaya berobat", ProblemCategory.Health)]
    [InlineData("bapak sy sakit, gk ada biaya ke rumah sakit", ProblemCategory.Health)]
    public async Task Money_lacked_for_a_sick_parent_is_a_request_for_help_not_a_question_about_fees(string words, ProblemCategory category)
    {
        await _engine.TurnsAsync(Chat, "/start", "consent:yes");

        await _engine.TypeAsync(Chat, words);

        var conversation = await _engine.ConversationAsync();
        Assert.Equal((ConversationState.AskRecipient, category, words), (conversation.State, conversation.Category, conversation.Description));
    }

    [Theory]
    [InlineData("biaya konseling brp?")]
    [InlineData("sy gk ada biaya utk konseling")]
    public async Task Fees_asked_about_are_still_the_fees(string words)
    {
        await _engine.TurnsAsync(Chat, "/start", "consent:yes");

        await _engine.TypeAsync(Chat, words);

        var conversation = await _engine.ConversationAsync();
        Assert.Equal((ConversationState.ReadingTopic, "biaya"), (conversation.State, conversation.TopicKey));
    }
}
