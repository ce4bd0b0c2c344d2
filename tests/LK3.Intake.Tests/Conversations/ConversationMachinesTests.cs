using LK3.Intake.Conversations;
using State = LK3.Intake.Conversations.ConversationState;

namespace LK3.Intake.Tests.Conversations;

/// <summary>A machine kept between turns runs each turn on that turn's conversation, never on one it ran before.</summary>
public sealed class ConversationMachinesTests
{
    private readonly ConversationMachines _machines = new();

    [Fact]
    public async Task A_returned_machine_runs_the_next_conversation_and_leaves_the_last_one_alone()
    {
        var first = new Conversation();
        var firstTurn = new RecordingTurn(first);
        var machine = _machines.Rent(first, firstTurn);
        await machine.StartAsync();
        _machines.Return(machine);

        var second = new Conversation { State = State.MainMenu };
        var secondTurn = new RecordingTurn(second) { HasAnsweredConsent = true, HasConsent = true };
        var again = _machines.Rent(second, secondTurn);
        await again.RequestHelpAsync();

        Assert.Same(machine, again);
        Assert.Equal((State.AwaitingConsent, State.AskCategory), (first.State, second.State));
        Assert.Equal(["Say:" + ConversationTexts.Indonesian.Greeting, "Ask:AwaitingConsent"], firstTurn.Calls);
        Assert.Equal(["Ask:AskCategory"], secondTurn.Calls);
    }

    [Fact]
    public async Task Guards_read_the_turn_the_machine_runs_now()
    {
        var declined = new Conversation { State = State.MainMenu };
        var machine = _machines.Rent(declined, new RecordingTurn(declined) { HasAnsweredConsent = true, HasConsent = false });
        await machine.RequestHelpAsync();
        _machines.Return(machine);

        var agreed = new Conversation { State = State.MainMenu };
        await _machines.Rent(agreed, new RecordingTurn(agreed) { HasAnsweredConsent = true, HasConsent = true }).RequestHelpAsync();

        Assert.Equal((State.AwaitingConsent, State.AskCategory), (declined.State, agreed.State));
    }

    [Fact]
    public void A_machine_not_returned_is_not_handed_out_again()
    {
        var conversation = new Conversation();
        var failed = _machines.Rent(conversation, new RecordingTurn(conversation));

        Assert.NotSame(failed, _machines.Rent(conversation, new RecordingTurn(conversation)));
    }
}
