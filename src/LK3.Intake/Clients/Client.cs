namespace LK3.Intake.Clients;

/// <summary>A family member who wrote to LK3 on one channel (klien).</summary>
public sealed class Client
{
    public int Id { get; set; }
    public required string Channel { get; set; }
    public required string ChatId { get; set; }
    public string Language { get; set; } = Languages.Indonesian;
    public DateTimeOffset FirstSeenAt { get; set; }

    /// <summary>Set when the channel refused delivery (the family blocked the bot); cleared when they write again.</summary>
    public DateTimeOffset? UnreachableSince { get; set; }

    public List<ConsentRecord> Consents { get; set; } = [];
    public Conversations.Conversation? Conversation { get; set; }
}
