using System.Collections.Concurrent;
using System.Diagnostics;

namespace LK3.Bot.Telemetry;

/// <summary>
/// Carries a trace across the pipeline's hand-overs inside this process: the webhook request that stored an update is the
/// parent of the turn that handles it, and that turn the parent of the sends of its replies. Kept in memory only (an update
/// handled after a restart, or by another instance, starts a trace of its own); bounded, so nothing left untaken piles up.
/// </summary>
public sealed class TraceParents
{
    private const int Capacity = 20_000;

    private readonly ConcurrentDictionary<string, ActivityContext> _parents = new(StringComparer.Ordinal);

    public void RememberUpdate(string channel, string externalId) => Remember($"u:{channel}:{externalId}", Activity.Current?.Context ?? default);

    public ActivityContext UpdateParent(string channel, string externalId) => Take($"u:{channel}:{externalId}");

    /// <param name="turn">The turn that wrote the message (it may be stored after the turn's span ended, with other turns' replies).</param>
    public void RememberMessage(long messageId, ActivityContext turn) => Remember($"m:{messageId}", turn);

    public ActivityContext MessageParent(long messageId) => Take($"m:{messageId}");

    private void Remember(string key, ActivityContext parent)
    {
        if (parent == default) return;
        // Parents never taken (a reply not sent, an update another instance handled) are forgotten together now and then.
        if (_parents.Count >= Capacity) _parents.Clear();
        // The first one counts: a redelivery of an update does not take its turn's trace away from the request that stored it.
        _parents.TryAdd(key, parent);
    }

    private ActivityContext Take(string key) => _parents.TryRemove(key, out var parent) ? parent : default;
}
