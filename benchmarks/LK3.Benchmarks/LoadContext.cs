using System.Collections.Concurrent;

namespace LK3.Benchmarks;

/// <summary>What the families of one measured phase share: where they post, how a bot's turn ends, and what is counted.</summary>
internal sealed class LoadContext(WebhookPoster poster, bool turnEndsAtButtons, bool typed, TimeSpan turnTimeout)
{
    private readonly ConcurrentDictionary<string, byte> _references = new();
    private long _firstPostAt = long.MaxValue;
    private long _lastTurnEndAt;
    private int _updates, _stalled, _unacknowledged, _unexpected, _stray;

    public WebhookPoster Poster => poster;

    /// <summary>LK3 ends every turn with a question that has buttons; the echo bot's turn is its one reply.</summary>
    public bool TurnEndsAtButtons => turnEndsAtButtons;

    /// <summary>Families type their answers rather than press buttons (<see cref="FamilyScript"/>).</summary>
    public bool Typed => typed;

    public TimeSpan TurnTimeout => turnTimeout;

    /// <summary>Webhook post to the first sendMessage of the turn.</summary>
    public LatencyRecorder Replies { get; } = new();

    /// <summary>Webhook post to its HTTP answer (the update stored).</summary>
    public LatencyRecorder Acknowledgements { get; } = new();

    /// <summary>Updates answered: posted, and the bot's turn ended.</summary>
    public int Updates => Volatile.Read(ref _updates);

    /// <summary>Turns whose end did not come within the timeout.</summary>
    public int Stalled => Volatile.Read(ref _stalled);

    /// <summary>Updates never acknowledged with a 2xx.</summary>
    public int Unacknowledged => Volatile.Read(ref _unacknowledged);

    /// <summary>Replies that did not offer the button a family meant to press next.</summary>
    public int Unexpected => Volatile.Read(ref _unexpected);

    /// <summary>Messages to a family that was not waiting for any.</summary>
    public int Stray => Volatile.Read(ref _stray);

    public int CaseReferences => _references.Count;

    public long FirstPostAt => Interlocked.Read(ref _firstPostAt);
    public long LastTurnEndAt => Interlocked.Read(ref _lastTurnEndAt);

    public void Posted(long at)
    {
        for (var seen = FirstPostAt; at < seen; seen = FirstPostAt)
        {
            if (Interlocked.CompareExchange(ref _firstPostAt, at, seen) == seen) return;
        }
    }

    public void TurnEnded(long at)
    {
        Interlocked.Increment(ref _updates);
        for (var seen = LastTurnEndAt; at > seen; seen = LastTurnEndAt)
        {
            if (Interlocked.CompareExchange(ref _lastTurnEndAt, at, seen) == seen) return;
        }
    }

    public void CaseReferenced(string reference) => _references.TryAdd(reference, 0);
    public void TurnStalled() => Interlocked.Increment(ref _stalled);
    public void NotAcknowledged() => Interlocked.Increment(ref _unacknowledged);
    public void UnexpectedReply() => Interlocked.Increment(ref _unexpected);
    public void StrayReply() => Interlocked.Increment(ref _stray);
}
