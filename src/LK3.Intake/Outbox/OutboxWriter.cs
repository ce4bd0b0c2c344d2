namespace LK3.Intake.Outbox;

/// <summary>
/// The one way a message is put in the outbox, in the unit of work of whatever caused it, but for a turn's replies to its
/// own chat (inserted for many turns at once by the bot's turn runner, in the same transaction). A turn takes back what it wrote
/// (<see cref="TakeWritten"/>): its own chat's replies go to delivery from memory, the other chats it wrote to are told.
/// Any other chat written to is unknown to the <see cref="OutboxWatch"/> from the first message until this scope ends,
/// after its commit, so that chat's delivery reads its outbox and nothing overtakes what was written here.
/// </summary>
public sealed class OutboxWriter(IntakeDbContext db, OutboxWatch watch) : IDisposable
{
    private readonly List<OutgoingMessage> _written = [];
    private readonly Dictionary<(string Channel, string ChatId), IDisposable> _othersWritten = [];
    private (string Channel, string ChatId)? _turnChat;

    /// <summary>The chat whose own turn writes next: its replies are handed to its delivery rather than announced.</summary>
    public void StartTurnOf(string channel, string chatId) => _turnChat = (channel, chatId);

    public OutgoingMessage Add(OutgoingMessage message)
    {
        db.OutgoingMessages.Add(message);
        _written.Add(message);
        WritingTo(message);
        return message;
    }

    /// <summary>The channel refused a sent message after all because the family wrote too long ago: it goes back in the outbox, whole.</summary>
    public void SendAgainOutsideWindow(OutgoingMessage message, DateTimeOffset now)
    {
        message.SendAgainOutsideWindow(now);
        WritingTo(message);
    }

    private void WritingTo(OutgoingMessage message)
    {
        var chat = (message.Channel, message.ChatId);
        if (chat != _turnChat && !_othersWritten.ContainsKey(chat)) _othersWritten[chat] = watch.Changing(chat);
    }

    /// <summary>What was written since the last call, in order.</summary>
    public IReadOnlyList<OutgoingMessage> TakeWritten()
    {
        var written = _written.ToList();
        _written.Clear();
        return written;
    }

    public void Dispose()
    {
        foreach (var change in _othersWritten.Values) change.Dispose();
        _othersWritten.Clear();
    }
}
