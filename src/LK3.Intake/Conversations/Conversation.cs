using LK3.Intake.Cases;
using Microsoft.AspNetCore.Identity;

namespace LK3.Intake.Conversations;

/// <summary>A family's conversation with the bot: its state and the intake answers collected so far.</summary>
public sealed class Conversation
{
    public int Id { get; set; }
    public int ClientId { get; set; }
    public ConversationState State { get; set; } = ConversationState.New;
    public DateTimeOffset LastActivityAt { get; set; }

    /// <summary>The topic being read in <see cref="ConversationState.ReadingTopic"/>, or asked about before consent.</summary>
    public string? TopicKey { get; set; }

    public ProblemCategory? Category { get; set; }
    public HelpRecipient? Recipient { get; set; }
    [ProtectedPersonalData]
    public string? Description { get; set; }
    public Kecamatan? Kecamatan { get; set; }
    public ContactMethod? ContactMethod { get; set; }
    [ProtectedPersonalData]
    public string? ContactPhone { get; set; }

    /// <summary>What the family wrote with its number for staff to read ("jangan telepon ke nomor suami").</summary>
    [ProtectedPersonalData]
    public string? ContactNote { get; set; }

    public bool Urgent { get; set; }

    /// <summary>Help asked for before consent was given: the intake starts once the family agrees.</summary>
    public PendingHelp PendingHelp { get; set; }

    /// <summary>
    /// What the family wrote before it could be acted on — before agreeing to the privacy notice, or telling of danger —
    /// kept here, not in a case, to become the beginning of its story; dropped when the family declines.
    /// </summary>
    [ProtectedPersonalData]
    public string? HeldText { get; set; }

    /// <summary>The danger told of was self-harm: the crisis message is shown rather than the emergency numbers.</summary>
    public bool SelfHarm { get; set; }

    /// <summary>The family is changing one answer from the summary, and goes back to it after answering.</summary>
    public bool ChangingAnswer { get; set; }

    /// <summary>Typed messages in a row the bot did not understand; at two a person is offered.</summary>
    public int Misses { get; set; }

    /// <summary>Since when the family waits for a person, after the bot did not understand it (staff see it in the queue).</summary>
    public DateTimeOffset? WantsPersonSince { get; set; }

    public void ChooseChatContact()
    {
        ContactMethod = Cases.ContactMethod.ThisChat;
        ContactPhone = null;
        ContactNote = null;
    }

    /// <summary>The number to call; a note told with the choice to be called ("telpon tp jgn siang") stays unless a new one is given.</summary>
    public void ChoosePhoneContact(string phone, string? note)
    {
        ContactMethod = Cases.ContactMethod.PhoneCall;
        ContactPhone = phone;
        ContactNote = note ?? ContactNote;
    }

    /// <summary>Keeps what the family wrote before it could be acted on; a second message adds to the first.</summary>
    public void Hold(string text) => HeldText = HeldText is null ? text : $"{HeldText}\n{text}";

    /// <summary>Help asked for before consent, with the problem's words when they tell it: kept (urgent help stays urgent).</summary>
    public void HoldProblem(string? text)
    {
        if (text is not null) Hold(text);
        if (PendingHelp != PendingHelp.UrgentHelp) PendingHelp = PendingHelp.Help;
    }

    /// <summary>Adds to the story being told, when the family writes more about it during the intake.</summary>
    public void AddToStory(string text)
    {
        // The same words kept twice in one turn (as danger told and as the answer beside it) are told once.
        if (Description?.Split('\n').Contains(text) == true) return;
        Description = Description is null ? text : $"{Description}\n{text}";
    }

    /// <summary>Starts the intake: what the family already wrote becomes the beginning of its story, its category as guessed.</summary>
    public void BeginIntake(bool urgent, ProblemCategory? category)
    {
        var story = HeldText;
        ClearAnswers();
        Urgent = urgent;
        Description = story;
        Category = category;
    }

    /// <summary>Forgets an unfinished request and what the intake collected, so no personal text stays here.</summary>
    public void ClearAnswers()
    {
        PendingHelp = PendingHelp.None;
        HeldText = null;
        Category = null;
        Recipient = null;
        Description = null;
        Kecamatan = null;
        ContactMethod = null;
        ContactPhone = null;
        ContactNote = null;
        Urgent = false;
        ChangingAnswer = false;
    }
}

/// <summary>What the family asked for that needs their consent first, so it follows once they agree.</summary>
public enum PendingHelp
{
    None,
    Help,
    UrgentHelp,
    News,

    /// <summary>A question about <see cref="Conversation.TopicKey"/>, answered right after the privacy question.</summary>
    Topic,
}
