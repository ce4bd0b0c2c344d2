using LK3.Intake.Cases;
using LK3.Intake.Conversations;
using LK3.Intake.Understanding;

namespace LK3.Intake.Tests.Conversations;

/// <summary>A fake turn: its guard facts are set by the test, and every effect is recorded in order in <see cref="Calls"/>.</summary>
internal sealed class RecordingTurn(Conversation conversation) : IConversationTurn
{
    public List<string> Calls { get; } = [];

    public bool HasAnsweredConsent { get; set; }
    public bool HasConsent { get; set; }
    public bool HasOpenCase { get; set; }

    /// <summary>The category the test says a story tells of; none unless set.</summary>
    public CategoryGuess? Guess { get; set; }

    public CategoryGuess? CategoryOf(string? story) => story is null ? null : Guess;

    public bool TellsAProblem(string text) => true;

    /// <summary>The category the conversation still held when the case was submitted: answers must not be cleared first.</summary>
    public ProblemCategory? CategoryAtSubmit { get; private set; }

    public Task AskAsync()
    {
        Calls.Add($"Ask:{conversation.State}");
        return Task.CompletedTask;
    }

    public void RecordConsent(bool granted)
    {
        HasAnsweredConsent = true;
        HasConsent = granted;
        Calls.Add($"RecordConsent:{granted}");
    }

    public void ShowEmergencyNumbers() => Calls.Add("ShowEmergencyNumbers");

    public Task MarkOpenCaseUrgentAsync()
    {
        Calls.Add("MarkOpenCaseUrgent");
        return Task.CompletedTask;
    }

    public Task AddToOpenCaseAsync(string text)
    {
        Calls.Add($"AddToOpenCase:{text}");
        return Task.CompletedTask;
    }

    public Task SubmitCaseAsync()
    {
        CategoryAtSubmit = conversation.Category;
        Calls.Add("SubmitCase");
        return Task.CompletedTask;
    }

    public void Subscribe(LK3.Intake.Broadcasts.NewsTopic topic) => Calls.Add($"Subscribe:{topic}");

    public Task EraseAsync()
    {
        Calls.Add("Erase");
        return Task.CompletedTask;
    }

    public void Say(Func<ConversationTexts, string> text) => Calls.Add($"Say:{text(ConversationTexts.Indonesian)}");
}
