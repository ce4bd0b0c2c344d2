using LK3.Intake.Understanding;

namespace LK3.Intake.Conversations;

/// <summary>
/// What the conversation machine may ask of the turn it runs in: facts for its guards and the
/// effects of its transitions. The machine decides what happens; the turn knows how.
/// </summary>
public interface IConversationTurn
{
    bool HasAnsweredConsent { get; }
    bool HasConsent { get; }
    bool HasOpenCase { get; }

    /// <summary>The problem category a family's own words point to; null when they name none.</summary>
    CategoryGuess? CategoryOf(string? story);

    /// <summary>Whether words asking for help tell something of the problem; "minta tolong", "sy mau cerita" do not.</summary>
    bool TellsAProblem(string text);

    /// <summary>Sends the question (text and choices) of the state the conversation is now in.</summary>
    Task AskAsync();

    void RecordConsent(bool granted);

    /// <summary>The emergency numbers, or the crisis message when the danger told of was self-harm.</summary>
    void ShowEmergencyNumbers();
    Task MarkOpenCaseUrgentAsync();
    Task AddToOpenCaseAsync(string text);
    Task SubmitCaseAsync();

    /// <summary>Opts the family in to broadcasts on <paramref name="topic"/>.</summary>
    void Subscribe(Broadcasts.NewsTopic topic);

    /// <summary>Erases what the family told LK3 and how to reach them (/hapus, confirmed).</summary>
    Task EraseAsync();
    void Say(Func<ConversationTexts, string> text);
}
