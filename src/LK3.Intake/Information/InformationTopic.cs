namespace LK3.Intake.Information;

/// <summary>One answer the bot gives, per language; seeded from the article, edited by staff.</summary>
public sealed class InformationTopic
{
    public int Id { get; set; }
    public required string Key { get; set; }
    public TopicGroup Group { get; set; }
    public int SortOrder { get; set; }
    public required string Language { get; set; }

    /// <summary>Button label; at most 24 characters so it fits a WhatsApp list row.</summary>
    public required string Title { get; set; }

    /// <summary>Reply text in the reply markup subset (see <see cref="Conversations.Reply"/>).</summary>
    public required string Body { get; set; }

    /// <summary>Comma-separated lowercase words; free text containing one of them answers this topic.</summary>
    public required string Keywords { get; set; }

    /// <summary>What staff still have to fill in or check here (shown in /konten, never to families).</summary>
    public string? StaffNote { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}

public enum TopicGroup
{
    Service,
    About,
    Emergency,
}
