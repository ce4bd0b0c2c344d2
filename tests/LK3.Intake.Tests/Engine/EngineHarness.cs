using LK3.Intake;
using LK3.Intake.Clients;
using LK3.Intake.Conversations;
using LK3.Intake.Counsellors;
using LK3.Intake.FollowUps;
using LK3.Intake.Information;
using LK3.Intake.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace LK3.Intake.Tests.Engine;

/// <summary>
/// The conversation engine on a real (in-memory SQLite) database with the clock in the test's hands; each turn runs as
/// the chat processor runs it: a fresh context, the engine, one save.
/// </summary>
public sealed class EngineHarness : IAsyncDisposable
{
    private readonly InformationCatalogCache _catalogs;
    /// <summary>Shared by the harness's turns, as the bot's engines share them: each turn runs on a machine an earlier turn ran.</summary>
    private readonly ConversationMachines _machines = new();

    private EngineHarness(IntakeDatabase database, FakeTimeProvider time)
    {
        Database = database;
        Time = time;
        _catalogs = new InformationCatalogCache(time);
    }

    public IntakeDatabase Database { get; }

    /// <summary>What families are told of the office (Office:*), as a test sets it.</summary>
    public OfficeOptions Office { get; } = new();
    public FakeTimeProvider Time { get; }

    /// <param name="now">The clock's start: a Wednesday at 10:00 WITA, in office hours, unless the test needs another time.</param>
    public static async Task<EngineHarness> CreateAsync(DateTimeOffset? now = null) =>
        new(await IntakeDatabase.CreateAsync(), new FakeTimeProvider(now ?? new DateTimeOffset(2026, 12, 2, 2, 0, 0, TimeSpan.Zero)));

    /// <summary>Reads typed messages ahead of their turns against the information topics this harness's engines keep.</summary>
    public ReadingAhead ReadingAhead => new(_catalogs);

    public ConversationEngine NewEngine(IntakeDbContext db)
    {
        var hours = Options.Create(new OfficeHoursOptions());
        var officeHours = new OfficeHours(hours);
        var outbox = new OutboxWriter(db, new OutboxWatch());
        var assignment = new CaseAssignment(db, outbox, officeHours, Time);
        var relay = new CaseRelay(db, outbox, Time);
        return new ConversationEngine(db, new CounsellorDesk(db, new CounsellorLinking(db, Time), assignment, relay, officeHours, Time), assignment, relay,
            new ClientErasure(db, Time), officeHours, new OfficeFacts(Options.Create(Office), hours), _catalogs, _machines, Time,
            Options.Create(new ConversationOptions()));
    }

    /// <summary>A button press when the input looks like a button id ("consent:yes"), otherwise typed text.</summary>
    public Task<IReadOnlyList<Reply>> TurnAsync(string chatId, string input) => HandleAsync(Input("telegram", chatId, input));

    /// <summary>A button press when the input looks like a button id ("consent:yes"), otherwise typed text, on any channel.</summary>
    public static IncomingActivity Input(string channel, string chatId, string input) =>
        input.Contains(':', StringComparison.Ordinal) && !input.Contains(' ', StringComparison.Ordinal)
            ? IncomingActivity.FromChoice(channel, chatId, input)
            : IncomingActivity.FromText(channel, chatId, input);

    public Task<IReadOnlyList<Reply>> TypeAsync(string chatId, string text) => HandleAsync(IncomingActivity.FromText("telegram", chatId, text));

    public async Task<IReadOnlyList<Reply>> HandleAsync(IncomingActivity activity)
    {
        await using var db = Database.NewContext();
        var replies = await NewEngine(db).HandleAsync(activity);
        await db.SaveChangesAsync();
        return replies;
    }

    public async Task TurnsAsync(string chatId, params string[] inputs)
    {
        foreach (var input in inputs) await TurnAsync(chatId, input);
    }

    /// <summary>The conversation of a test's only family, as its last turn saved it.</summary>
    public async Task<Conversation> ConversationAsync()
    {
        await using var db = Database.NewContext();
        return await db.Conversations.SingleAsync();
    }

    public ValueTask DisposeAsync() => Database.DisposeAsync();
}
