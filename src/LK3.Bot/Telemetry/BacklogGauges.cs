using System.Diagnostics.Metrics;
using LK3.Intake;
using LK3.Intake.Broadcasts;
using LK3.Intake.FollowUps;
using LK3.Intake.Inbox;
using LK3.Intake.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LK3.Bot.Telemetry;

/// <summary>
/// What is waiting, counted in the database every <see cref="TelemetryOptions.SampleInterval"/> (not at each scrape, so a
/// scraper cannot load the database): the inbox and outbox backlogs per channel, the deliveries of broadcasts being sent,
/// follow-ups due and overdue, and chat leases held. With several instances each reports the shared database's counts.
/// </summary>
public sealed class BacklogGauges : BackgroundService
{
    /// <summary>A follow-up this long past due has waited for more than one run of the minutely job.</summary>
    public static readonly TimeSpan Overdue = TimeSpan.FromMinutes(5);

    private readonly IServiceScopeFactory _scopes;
    private readonly TimeProvider _time;
    private readonly IOptions<TelemetryOptions> _options;
    private readonly ILogger<BacklogGauges> _logger;
    private readonly string[] _channels;
    private volatile Counts _counts = new(new Dictionary<string, long>(), new Dictionary<string, long>(), [], 0, 0, 0);

    public BacklogGauges(
        IMeterFactory meters, IServiceScopeFactory scopes, IEnumerable<Channels.IChannelAdapter> adapters, TimeProvider time,
        IOptions<TelemetryOptions> options, ILogger<BacklogGauges> logger)
    {
        (_scopes, _time, _options, _logger) = (scopes, time, options, logger);
        // Every channel that is on, so that an empty backlog reads 0 rather than nothing.
        _channels = [.. adapters.Select(a => a.Channel)];
        var meter = meters.Create(BotTelemetry.Name);
        meter.CreateObservableGauge("lk3.inbox.backlog", () => PerChannel(_counts.Inbox), "{update}", "Updates stored and not handled yet, by channel.");
        meter.CreateObservableGauge("lk3.outbox.backlog", () => PerChannel(_counts.Outbox), "{message}", "Replies waiting to be sent, by channel.");
        meter.CreateObservableGauge("lk3.broadcast.deliveries", () => _counts.Broadcasts.Select(b =>
            new Measurement<long>(b.Count, new("broadcast", b.BroadcastId), new("status", b.Status))), "{delivery}",
            "Deliveries of the broadcasts being sent, by broadcast and status (waiting, sending, sent, failed, interrupted, skipped).");
        meter.CreateObservableGauge("lk3.followups.due", () => _counts.FollowUpsDue, "{follow-up}", "Follow-ups whose time has come and that have not run.");
        meter.CreateObservableGauge("lk3.followups.overdue", () => _counts.FollowUpsOverdue, "{follow-up}",
            $"Follow-ups more than {Overdue.TotalMinutes} minutes past due.");
        meter.CreateObservableGauge("lk3.chat_leases.held", () => _counts.LeasesHeld, "{lease}", "Chats (and broadcasts) held by an instance: worked on now or in the last half minute.");
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                _counts = await CountAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The gauges keep their last counts; /healthz/ready says whether the database answers.
                TelemetryLog.CountingFailed(_logger, exception);
            }
            await Task.Delay(_options.Value.SampleInterval, _time, stoppingToken);
        }
    }

    private async Task<Counts> CountAsync(CancellationToken cancellationToken)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IntakeDbContext>();
        var now = _time.GetUtcNow();
        var overdue = now - Overdue;
        var inbox = await db.ReceivedUpdates.Where(u => u.Status == UpdateStatus.Pending)
            .GroupBy(u => u.Channel).Select(g => new { g.Key, Count = g.LongCount() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var outbox = await db.OutgoingMessages.Where(m => m.Status == DeliveryStatus.Pending)
            .GroupBy(m => m.Channel).Select(g => new { g.Key, Count = g.LongCount() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var broadcasts = await db.BroadcastDeliveries
            .Where(d => db.Broadcasts.Any(b => b.Id == d.BroadcastId && b.Status == BroadcastStatus.Sending))
            .GroupBy(d => new { d.BroadcastId, d.Status }).Select(g => new { g.Key.BroadcastId, g.Key.Status, Count = g.LongCount() })
            .ToListAsync(cancellationToken);
        var due = await db.FollowUps.LongCountAsync(f => f.Status == FollowUpStatus.Scheduled && f.DueAt <= now, cancellationToken);
        var late = await db.FollowUps.LongCountAsync(f => f.Status == FollowUpStatus.Scheduled && f.DueAt <= overdue, cancellationToken);
        var leases = await db.ChatLeases.LongCountAsync(l => l.ExpiresAt > now, cancellationToken);
        return new Counts(inbox, outbox,
            [.. broadcasts.Select(b => new BroadcastCount(b.BroadcastId, b.Status.ToString().ToLowerInvariant(), b.Count))], due, late, leases);
    }

    private IEnumerable<Measurement<long>> PerChannel(IReadOnlyDictionary<string, long> counts) =>
        _channels.Union(counts.Keys).Select(channel =>
            new Measurement<long>(counts.GetValueOrDefault(channel), new KeyValuePair<string, object?>("channel", channel)));

    private sealed record BroadcastCount(int BroadcastId, string Status, long Count);

    private sealed record Counts(
        IReadOnlyDictionary<string, long> Inbox,
        IReadOnlyDictionary<string, long> Outbox,
        IReadOnlyList<BroadcastCount> Broadcasts,
        long FollowUpsDue,
        long FollowUpsOverdue,
        long LeasesHeld);
}
