using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace LK3.Benchmarks;

/// <summary>
/// Database time by kind of command, from EF Core's DiagnosticSource events (no change to the app): how long the
/// job spends claiming batches, saving them, renewing its lease and checking for a cancellation.
/// </summary>
internal sealed partial class CommandTimings : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly ConcurrentDictionary<string, (int Count, long Ticks)> _byKind = new();
    private readonly List<IDisposable> _subscriptions = [];
    private volatile bool _measuring;

    public CommandTimings() => _subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));

    public void Start() => _measuring = true;
    public void Stop() => _measuring = false;

    public IEnumerable<(string Kind, int Count, TimeSpan Time)> Summary() =>
        _byKind.Select(k => (k.Key, k.Value.Count, TimeSpan.FromTicks(k.Value.Ticks))).OrderByDescending(k => k.Item3);

    public void OnNext(DiagnosticListener listener)
    {
        if (listener.Name == DbLoggerCategory.Name) lock (_subscriptions) _subscriptions.Add(listener.Subscribe(this));
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (!_measuring) return;
        switch (value.Value)
        {
            case CommandExecutedEventData executed:
                Add(KindOf(executed.Command.CommandText), executed.Duration);
                break;
            case TransactionEndEventData ended when value.Key == RelationalEventId.TransactionCommitted.Name:
                Add("COMMIT", ended.Duration);
                break;
        }
    }

    private void Add(string kind, TimeSpan duration) =>
        _byKind.AddOrUpdate(kind, (1, duration.Ticks), (_, c) => (c.Count + 1, c.Ticks + duration.Ticks));

    private static string KindOf(string sql)
    {
        var text = Spaces().Replace(sql, " ").Trim();
        return text switch
        {
            _ when text.Contains("INSERT INTO \"OutgoingMessages\"", StringComparison.Ordinal) => "save batch: UPDATE deliveries + INSERT OutgoingMessages",
            _ when text.StartsWith("UPDATE \"BroadcastDeliveries\" SET", StringComparison.Ordinal) => "save batch: UPDATE deliveries",
            _ when text.Contains("INSERT INTO \"BroadcastDeliveries\"", StringComparison.Ordinal) => "write delivery rows: INSERT",
            _ when text.Contains("FROM \"Clients\"", StringComparison.Ordinal) => "write delivery rows: SELECT recipients page",
            _ when text.Contains("\"ChatLeases\"", StringComparison.Ordinal) => "lease: renew / acquire / release",
            _ when text.StartsWith("UPDATE \"BroadcastDeliveries\"", StringComparison.Ordinal) && text.Contains("\"ClaimedBy\" =", StringComparison.Ordinal)
                && !text.Contains("FailureReason", StringComparison.Ordinal) => "claim: UPDATE ids to Sending",
            _ when ClaimSelect().IsMatch(text) => "claim: SELECT next waiting ids",
            _ when text.Contains("FROM \"BroadcastDeliveries\"", StringComparison.Ordinal) && text.Contains("\"ClaimedBy\" =", StringComparison.Ordinal) =>
                "claim: SELECT claimed rows",
            _ when text.Contains("FROM \"Broadcasts\"", StringComparison.Ordinal) => "broadcast: cancelled check / load",
            _ => text.Length > 70 ? text[..70] : text,
        };
    }

    [GeneratedRegex(@"^SELECT ""?b""?\.""Id"" FROM ""BroadcastDeliveries""")]
    private static partial Regex ClaimSelect();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    public void OnCompleted() { }
    public void OnError(Exception error) { }

    public void Dispose()
    {
        lock (_subscriptions) foreach (var subscription in _subscriptions) subscription.Dispose();
    }
}
