using LK3.Intake.Cases;
using LK3.Intake.Conversations;
using Microsoft.EntityFrameworkCore;

namespace LK3.Intake.Tests.Engine;

/// <summary>The engine on a real (in-memory SQLite) database, with the clock in the test's hands.</summary>
public sealed class ConversationEngineTests : IAsyncLifetime
{
    private EngineHarness _engine = null!;

    public async Task InitializeAsync() => _engine = await EngineHarness.CreateAsync(new DateTimeOffset(2026, 12, 31, 15, 30, 0, TimeSpan.Zero));

    public async Task DisposeAsync() => await _engine.DisposeAsync();

    [Fact]
    public async Task An_idle_unfinished_intake_expires_back_to_the_menu_and_forgets_the_answers()
    {
        await TurnsAsync("/start", "consent:yes", "menu:help", "category:Economic", "recipient:Myself", "Kami kehabisan uang untuk sewa rumah.");

        _engine.Time.Advance(TimeSpan.FromHours(2) + TimeSpan.FromMinutes(1));
        var replies = await TurnAsync("halo, masih ada orang?");

        Assert.Equal(ConversationTexts.Indonesian.ConversationExpired, replies[0].Text);
        Assert.Contains(replies[^1].Buttons, b => b.Id == "menu:help");
        await using var db = _engine.Database.NewContext();
        var conversation = await db.Conversations.SingleAsync();
        Assert.Equal(ConversationState.MainMenu, conversation.State);
        Assert.Null(conversation.Description);
    }

    [Fact]
    public async Task An_idle_intake_goes_on_when_the_family_answers_its_question()
    {
        await TurnsAsync("/start", "consent:yes", "menu:help", "category:Economic", "recipient:Myself", "Kami kehabisan uang untuk sewa rumah.",
            "kecamatan:BontangUtara", "contact:chat");

        _engine.Time.Advance(TimeSpan.FromDays(1));
        var replies = await TurnAsync("danger:yes");

        Assert.Contains("112", replies[0].Text);
        Assert.Contains(replies[^1].Buttons, b => b.Id == "intake:send");
    }

    [Fact]
    public async Task An_intake_answered_within_the_idle_timeout_goes_on()
    {
        await TurnsAsync("/start", "consent:yes", "menu:help", "category:Economic");

        _engine.Time.Advance(TimeSpan.FromHours(1));
        var replies = await TurnAsync("recipient:Myself");

        Assert.Contains("Ceritakan singkat", replies.Single().Text);
    }

    [Fact]
    public async Task References_count_per_year_in_office_time()
    {
        // 15:30 UTC on 31 December is 23:30 WITA: still 2026. Half an hour later it is 2027 in Bontang.
        Assert.Equal("LK3-2026-0001", await SubmitCaseAsync(chatId: "1"));
        Assert.Equal("LK3-2026-0002", await SubmitCaseAsync(chatId: "2"));
        _engine.Time.Advance(TimeSpan.FromMinutes(31));
        Assert.Equal("LK3-2027-0001", await SubmitCaseAsync(chatId: "3"));
    }

    [Fact]
    public async Task A_family_asking_again_once_its_case_is_closed_is_a_continuing_client()
    {
        Assert.Equal("LK3-2026-0001", await SubmitCaseAsync(chatId: "5"));
        await using (var db = _engine.Database.NewContext())
        {
            await db.Cases.ExecuteUpdateAsync(c => c.SetProperty(k => k.Stage, CaseStage.Closed));
        }

        Assert.Equal("LK3-2026-0002", await SubmitCaseAsync(chatId: "5"));

        await using var read = _engine.Database.NewContext();
        Assert.Equal([false, true], await read.Cases.OrderBy(c => c.Number).Select(c => c.ContinuingClient).ToListAsync());
    }

    [Fact]
    public async Task Two_cases_taking_the_same_number_at_once_are_refused_by_the_database()
    {
        await using var first = _engine.Database.NewContext();
        await using var second = _engine.Database.NewContext();
        foreach (var db in new[] { first, second })
        {
            var client = new LK3.Intake.Clients.Client { Channel = "telegram", ChatId = Guid.NewGuid().ToString() };
            db.Clients.Add(client);
            await db.SaveChangesAsync();
            db.Cases.Add(new IntakeCase { Year = 2026, Number = 7, ClientId = client.Id, Channel = "telegram", Description = "x" });
        }

        await first.SaveChangesAsync();
        await Assert.ThrowsAsync<DbUpdateException>(() => second.SaveChangesAsync());
    }

    [Fact]
    public async Task A_family_whose_app_is_in_English_is_greeted_in_English()
    {
        await using var db = _engine.Database.NewContext();
        var engine = _engine.NewEngine(db);

        var replies = await engine.HandleAsync(IncomingActivity.FromText("telegram", "42", "/start") with { LanguageHint = "en-GB" });

        Assert.Contains("Welcome", replies[0].Text);
    }

    [Theory]
    [InlineData("hello, I would like to ask about counselling", "Welcome")]
    // The emergency numbers too, which come before anything else.
    [InlineData("hi, my husband hits me, I need help", "in danger right now")]
    public async Task A_family_whose_app_is_in_Indonesian_but_who_writes_English_is_answered_in_English(string text, string english)
    {
        await using var db = _engine.Database.NewContext();
        var engine = _engine.NewEngine(db);

        var replies = await engine.HandleAsync(IncomingActivity.FromText("telegram", "44", text) with { LanguageHint = "id" });

        Assert.Contains(english, replies[0].Text);
    }

    [Fact]
    public async Task A_family_whose_app_is_in_English_greeting_with_halo_and_writing_Indonesian_next_is_answered_in_Indonesian()
    {
        await _engine.HandleAsync(IncomingActivity.FromText("telegram", "45", "halo") with { LanguageHint = "en-US" });

        var replies = await _engine.HandleAsync(IncomingActivity.FromText("telegram", "45", "iya setuju") with { LanguageHint = "en-US" });

        Assert.Equal(ConversationTexts.Indonesian.ConsentThanks, replies[0].Text);
    }

    [Theory]
    [InlineData("halo bu, sy mau tanya")]
    [InlineData("anak sy susah diatur")]
    public async Task A_family_whose_app_is_in_English_but_who_writes_Indonesian_is_answered_in_Indonesian(string text)
    {
        await using var db = _engine.Database.NewContext();
        var engine = _engine.NewEngine(db);

        var replies = await engine.HandleAsync(IncomingActivity.FromText("telegram", "43", text) with { LanguageHint = "en-US" });

        Assert.All(replies, r => Assert.DoesNotContain("Welcome", r.Text));
        Assert.Contains(replies, r => r.Text.Contains("Privasi Anda", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_message_too_long_that_tells_of_danger_gets_the_numbers_first_and_is_kept()
    {
        await TurnsAsync("/start", "consent:yes");
        var story = string.Concat(Enumerable.Repeat("Suami sy sering marah2 dan membentak anak2 di rumah. ", 25)) + "skrg dia lg pegang pisau di dapur";

        var replies = await _engine.TypeAsync("1", story);

        Assert.True(replies[0].Urgent);
        // Kept whole, so the family is not asked to shorten it.
        Assert.DoesNotContain(replies, r => r.Text.Contains("terlalu panjang", StringComparison.Ordinal));
        Assert.Equal(story, (await _engine.ConversationAsync()).HeldText);
    }

    private async Task<string> SubmitCaseAsync(string chatId)
    {
        await _engine.TurnsAsync(chatId, "/start", "consent:yes", "menu:help", "category:Other", "recipient:Myself", "Saya butuh bantuan segera.",
            "kecamatan:BontangBarat", "contact:chat", "danger:no");
        var replies = await TurnAsync(chatId, "intake:send");
        return System.Text.RegularExpressions.Regex.Match(replies[0].Text, @"LK3-\d{4}-\d{4}").Value;
    }

    private Task TurnsAsync(params string[] inputs) => _engine.TurnsAsync("1", inputs);

    private Task<IReadOnlyList<Reply>> TurnAsync(string input) => TurnAsync("1", input);

    private Task<IReadOnlyList<Reply>> TurnAsync(string chatId, string input) => _engine.TurnAsync(chatId, input);
}
