using System.Collections.Concurrent;

namespace LK3.Bot.Broadcasts;

/// <summary>The broadcasts this process is sending now: the database lease is held per process, so two runs in one process are kept apart here.</summary>
public sealed class RunningBroadcasts
{
    private readonly ConcurrentDictionary<int, byte> _running = new();

    public bool TryStart(int broadcastId) => _running.TryAdd(broadcastId, 0);

    public void Finish(int broadcastId) => _running.TryRemove(broadcastId, out _);
}
