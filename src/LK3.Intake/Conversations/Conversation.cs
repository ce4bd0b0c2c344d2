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

    /// <summary>The topic being read in <see cref="ConversationState.ReadingTopic"/>.</summary>
    public string? TopicKey { get; set; }

    public ProblemCategory? Category { get; set; }
    public HelpRecipient? Recipient { get; set; }
    [ProtectedPersonalData]
    public string? Description { get; set; }
    public Kecamatan? Kecamatan { get; set; }
    public ContactMethod? ContactMethod { get; set; }
    [ProtectedPersonalData]
    public string? ContactPhone { get; set; }
    public bool Urgent { get; set; }

    /// <summary>Help asked for before consent was given: the intake starts once the family agrees.</summary>
    public PendingHelp PendingHelp { get; set; }

    public void ChooseChatContact()
    {
        ContactMethod = Cases.ContactMethod.ThisChat;
        ContactPhone = null;
    }

    public void ChoosePhoneContact(string phone)
    {
        ContactMethod = Cases.ContactMethod.PhoneCall;
        ContactPhone = phone;
    }

    public void BeginIntake(bool urgent)
    {
        ClearAnswers();
        Urgent = urgent;
    }

    /// <summary>Forgets an unfinished request and what the intake collected, so no personal text stays here.</summary>
    public void ClearAnswers()
    {
        PendingHelp = PendingHelp.None;
        Category = null;
        Recipient = null;
        Description = null;
        Kecamatan = null;
        ContactMethod = null;
        ContactPhone = null;
        Urgent = false;
    }
}

/// <summary>What the family asked for that needs their consent first, so it follows once they agree.</summary>
public enum PendingHelp
{
    None,
    Help,
    UrgentHelp,
    News,
}
