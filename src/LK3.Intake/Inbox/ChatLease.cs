namespace LK3.Intake.Inbox;

/// <summary>
/// Which instance is working on a chat, until when. Taken before a chat's updates are handled, so that
/// with several instances on one database a chat is still handled by one worker at a time, in order.
/// </summary>
public sealed class ChatLease
{
    public required string Channel { get; set; }
    public required string ChatId { get; set; }
    public required string Owner { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
}
