using System.Collections.Concurrent;

namespace LK3.Benchmarks;

/// <summary>Hands each sendMessage the Bot API double receives to the family of its chat.</summary>
internal sealed class ReplyRouter
{
    private readonly ConcurrentDictionary<long, Family> _families = new();
    private int _unknown;

    /// <summary>Messages to chats of no family (a counsellor's or supervisor's, say).</summary>
    public int ToUnknownChats => Volatile.Read(ref _unknown);

    public Family Add(Family family)
    {
        _families[family.ChatId] = family;
        return family;
    }

    public void Deliver(SentReply reply)
    {
        if (_families.TryGetValue(reply.ChatId, out var family)) family.OnReply(reply);
        else Interlocked.Increment(ref _unknown);
    }

    /// <summary>Forgets the families of a phase that ended.</summary>
    public void Clear() => _families.Clear();
}
