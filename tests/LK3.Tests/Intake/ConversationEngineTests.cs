using LK3.Intake.Cases;
using LK3.Intake.Conversations;
using LK3.Intake.Counsellors;
using LK3.Intake.FollowUps;
using LK3.Intake.Information;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace LK3.Tests.Intake;

/// <summary>The engine on a real (in-memory SQLite) database, with the clock in the test's hands.</summary>
public sealed class ConversationEngineTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 31, 15, 30, 0, TimeSpan.Zero));
    private IntakeDatabase _database = null!;

    public async Task InitializeAsync() => _database = await IntakeDatabase.CreateAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task An_idle_unfinished_intake_expires_back_to_the_menu_and_forgets_the_answers()
    {
        await TurnsAsync("/start", "consent:yes", "menu:help", "category:Economic", "recipient:Myself", "Kami kehabisan uang untuk sewa rumah.");

        _time.Advance(TimeSpan.FromHours(2) + TimeSpan.FromMinutes(1));
        var replies = await TurnAsync("halo, masih ada orang?");

        Assert.Equal(ConversationTexts.Indonesian.ConversationExpired, replies[0].Text);
        Assert.Contains(replies[^1].Buttons, b => b.Id == "menu:help");
        await using var db = _database.NewContext();
        var conversation = await db.Conversations.SingleAsync();
        Assert.Equal(ConversationState.MainMenu, conversation.State);
        Assert.Null(conversation.Description);
    }

    [Fact]
    public async Task An_idle_intake_goes_on_when_the_family_answers_its_question()
    {
        await TurnsAsync("/start", "consent:yes", "menu:help", "category:Economic", "recipient:Myself", "Kami kehabisan uang untuk sewa rumah.",
            "kecamatan:BontangUtara", "contact:chat");

        _time.Advance(TimeSpan.FromDays(1));
        var replies = await TurnAsync("danger:yes");

        Assert.Contains("112", replies[0].Text);
        Assert.Contains(replies[^1].Buttons, b => b.Id == "intake:send");
    }

    [Fact]
    public async Task An_intake_answered_within_the_idle_timeout_goes_on()
    {
        await TurnsAsync("/start", "consent:yes", "menu:help", "category:Economic");

        _time.Advance(TimeSpan.FromHours(1));
        var replies = await TurnAsync("recipient:Myself");

        Assert.Contains("Ceritakan singkat", replies.Single().Text);
    }

    [Fact]
    public async Task References_count_per_year_in_office_time()
    {
        // 15:30 UTC on 31 December is 23:30 WITA: still 2026. Half an hour later it is 2027 in Bontang.
        Assert.Equal("LK3-2026-0001", await SubmitCaseAsync(chatId: "1"));
        Assert.Equal("LK3-2026-0002", await SubmitCaseAsync(chatId: "2"));
        _time.Advance(TimeSpan.FromMinutes(31));
        Assert.Equal("LK3-2027-0001", await SubmitCaseAsync(chatId: "3"));
    }

    [Fact]
    public async Task Two_cases_taking_the_same_number_at_once_are_refused_by_the_database()
    {
        await using var first = _database.NewContext();
        await using var second = _database.NewContext();
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
        await using var db = _database.NewContext();
        var engine = NewEngine(db);

        var replies = await engine.HandleAsync(IncomingActivity.FromText("telegram", "42", "/start") with { LanguageHint = "en-GB" });

        Assert.Contains("Welcome", replies[0].Text);
    }

    private ConversationEngine NewEngine(LK3.Intake.IntakeDbContext db)
    {
        var officeHours = new OfficeHours(Options.Create(new OfficeHoursOptions()));
        var assignment = new CaseAssignment(db, officeHours, _time);
        var relay = new CaseRelay(db, _time);
        return new ConversationEngine(db, new CounsellorDesk(db, new CounsellorLinking(db, _time), assignment, relay, officeHours, _time), assignment, relay, new LK3.Intake.Clients.ClientErasure(db, _time),
            officeHours, new InformationCatalogCache(_time), _time, Options.Create(new ConversationOptions()));
    }

    private async Task<string> SubmitCaseAsync(string chatId)
    {
        await TurnsInChatAsync(chatId, "/start", "consent:yes", "menu:help", "category:Other", "recipient:Myself", "Saya butuh bantuan segera.",
            "kecamatan:BontangBarat", "contact:chat", "danger:no");
        var replies = await TurnAsync(chatId, "intake:send");
        return System.Text.RegularExpressions.Regex.Match(replies[0].Text, @"LK3-\d{4}-\d{4}").Value;
    }

    private Task TurnsAsync(params string[] inputs) => TurnsInChatAsync("1", inputs);

    private async Task TurnsInChatAsync(string chatId, params string[] inputs)
    {
        foreach (var input in inputs) await TurnAsync(chatId, input);
    }

    private Task<IReadOnlyList<Reply>> TurnAsync(string input) => TurnAsync("1", input);

    /// <summary>One turn as the chat processor runs it: a fresh context, the engine, one save.</summary>
    private async Task<IReadOnlyList<Reply>> TurnAsync(string chatId, string input)
    {
        await using var db = _database.NewContext();
        var engine = NewEngine(db);
        var activity = input.Contains(':', StringComparison.Ordinal) && !input.Contains(' ', StringComparison.Ordinal)
            ? IncomingActivity.FromChoice("telegram", chatId, input)
            : IncomingActivity.FromText("telegram", chatId, input);
        var replies = await engine.HandleAsync(activity);
        await db.SaveChangesAsync();
        return replies;
    }
}
