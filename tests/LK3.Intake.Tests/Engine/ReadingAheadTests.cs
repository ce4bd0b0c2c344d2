using LK3.Intake.Conversations;
using LK3.Intake.Information;
using LK3.Intake.Understanding;

namespace LK3.Intake.Tests.Engine;

/// <summary>A typed message understood before its turn: taken by the turn only when it is that message read against the same topics.</summary>
public sealed class ReadingAheadTests : IAsyncLifetime
{
    private const string Chat = "4100";
    private const string Dangerous = "anak sy dibawa paksa bapaknya td pagi";
    private EngineHarness _engine = null!;

    public async Task InitializeAsync()
    {
        _engine = await EngineHarness.CreateAsync();
        // The family at the main menu; its turns have loaded the information topics, which are kept from then on.
        await _engine.TurnsAsync(Chat, "/start", "consent:yes");
    }

    public async Task DisposeAsync() => await _engine.DisposeAsync();

    [Fact]
    public async Task The_turn_takes_what_was_read_ahead_instead_of_reading_the_message_again()
    {
        var greeting = _engine.ReadingAhead.Read(IncomingActivity.FromText("telegram", Chat, "halo"));
        var ahead = greeting.ReadAhead!;
        Assert.Equal(Intent.Greeting, ahead.Understood.Intent);

        // What was read ahead is taken as it is: here, made to say the greeting told of danger.
        var replies = await _engine.HandleAsync(greeting with { ReadAhead = ahead with { Understood = ahead.Catalog.Understand(Dangerous) } });

        Assert.Contains(replies, r => r.Urgent);
    }

    [Fact]
    public async Task A_message_read_ahead_is_answered_as_when_its_turn_reads_it()
    {
        var ahead = _engine.ReadingAhead.Read(IncomingActivity.FromText("telegram", Chat, $"  {Dangerous}\u0007 "));

        Assert.Equal(Dangerous, ahead.ReadAhead!.Text);
        Assert.Equal(Danger.ChildInDanger, ahead.ReadAhead.Understood.Danger);
        Assert.Contains(await _engine.HandleAsync(ahead), r => r.Urgent);
    }

    [Fact]
    public async Task A_message_read_against_other_topics_or_as_another_text_is_read_again_by_its_turn()
    {
        var greeting = _engine.ReadingAhead.Read(IncomingActivity.FromText("telegram", Chat, "halo"));
        var otherTopics = new InformationCatalog([]);

        Assert.DoesNotContain(await _engine.HandleAsync(greeting with
        {
            ReadAhead = new UnderstoodAhead(otherTopics, "halo", otherTopics.Understand(Dangerous)),
        }), r => r.Urgent);
        Assert.DoesNotContain(await _engine.HandleAsync(greeting with
        {
            ReadAhead = greeting.ReadAhead! with { Text = Dangerous, Understood = greeting.ReadAhead.Catalog.Understand(Dangerous) },
        }), r => r.Urgent);
    }

    [Fact]
    public async Task Only_typed_messages_the_turn_would_read_are_read_ahead_and_only_while_the_topics_are_kept()
    {
        var reading = _engine.ReadingAhead;

        Assert.Null(reading.Read(IncomingActivity.FromChoice("telegram", Chat, "menu:help")).ReadAhead);
        Assert.Null(reading.Read(IncomingActivity.FromText("telegram", Chat, "/menu")).ReadAhead);
        Assert.Null(reading.Read(IncomingActivity.FromText("telegram", Chat, " \u0007 ")).ReadAhead);
        Assert.Null(reading.Read(IncomingActivity.FromText("telegram", Chat, new string('a', ConversationLimits.MaxTextLength + 1))).ReadAhead);
        Assert.NotNull(reading.Read(IncomingActivity.FromText("telegram", Chat, "halo")).ReadAhead);

        // Kept for a minute: after that the next turn reads the topics again, and reads its message itself.
        _engine.Time.Advance(TimeSpan.FromMinutes(2));
        Assert.Null(reading.Read(IncomingActivity.FromText("telegram", Chat, "halo")).ReadAhead);
        await _engine.TurnAsync(Chat, "halo");
        Assert.NotNull(reading.Read(IncomingActivity.FromText("telegram", Chat, "halo")).ReadAhead);
    }
}
