namespace LK3.Tests.EndToEnd;

/// <summary>
/// Reads what the bot sent to one chat, in order: a turn at a time (its messages up to and including the next
/// one that asks something) or a single message.
/// </summary>
/// <param name="waitForMessages">Waits until the chat has been sent at least this many messages and returns them all.</param>
/// <param name="asksSomething">Whether a message ends the bot's turn with a question the family answers.</param>
public sealed class TurnReader<TMessage>(Func<int, Task<IReadOnlyList<TMessage>>> waitForMessages, Func<TMessage, bool> asksSomething)
    where TMessage : class
{
    private int _seen;

    /// <summary>The question that ended the last turn read.</summary>
    public TMessage? LastPrompt { get; private set; }

    /// <summary>The replies of the next turn: up to and including the next message that asks something.</summary>
    public async Task<IReadOnlyList<TMessage>> NextTurnAsync()
    {
        var wanted = _seen + 1;
        while (true)
        {
            var sent = await waitForMessages(wanted);
            var end = sent.Skip(_seen).Select((m, i) => (m, i)).FirstOrDefault(x => asksSomething(x.m));
            if (end.m is null)
            {
                wanted = sent.Count + 1;
                continue;
            }
            var turn = sent.Skip(_seen).Take(end.i + 1).ToList();
            _seen += end.i + 1;
            LastPrompt = end.m;
            return turn;
        }
    }

    /// <summary>The next single message, for what the bot sends unasked.</summary>
    public async Task<TMessage> NextAsync()
    {
        var sent = await waitForMessages(_seen + 1);
        return sent[_seen++];
    }
}
