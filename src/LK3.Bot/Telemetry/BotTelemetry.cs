using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace LK3.Bot.Telemetry;

/// <summary>
/// The bot's own traces and counted events. Attributes are channels, outcomes and the database's row ids: never what a
/// family wrote, who they are, their chat id or number (a test scrapes and traces a whole intake looking for them).
/// </summary>
public sealed class BotTelemetry
{
    public const string Name = "LK3.Bot";

    /// <summary>The spans of the pipeline: a turn (child of the webhook request that stored its update) and each send (child of its turn).</summary>
    public static readonly ActivitySource Traces = new(Name);

    private readonly Counter<long> _received;
    private readonly Counter<long> _handled;
    private readonly Histogram<double> _turnDuration;
    private readonly Counter<long> _deliveries;

    public BotTelemetry(IMeterFactory meters)
    {
        var meter = meters.Create(Name);
        _received = meter.CreateCounter<long>("lk3.updates.received", "{update}",
            "Updates that arrived, by channel and whether they were new (stored) or a redelivery (duplicate).");
        _handled = meter.CreateCounter<long>("lk3.updates.handled", "{update}", "Updates whose turn ended, by channel and outcome (handled, failed).");
        _turnDuration = meter.CreateHistogram<double>("lk3.turn.duration", "s", "How long a turn took: reading the update, the conversation, the save.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10] });
        _deliveries = meter.CreateCounter<long>("lk3.deliveries", "{message}",
            "Messages handed to a channel, by channel, kind (reply, broadcast) and outcome.");
    }

    /// <summary>A turn: one update handled, in the trace of the request that stored it when this process took that request.</summary>
    public static Activity? StartTurn(string channel, long updateId, ActivityContext parent)
    {
        var turn = Traces.StartActivity("lk3.turn", ActivityKind.Internal, parent);
        turn?.SetTag("lk3.channel", channel);
        turn?.SetTag("lk3.update.id", updateId);
        return turn;
    }

    /// <summary>One message handed to its channel: a reply (in its turn's trace) or a broadcast's (in the broadcast's).</summary>
    public static Activity? StartSend(string channel, string kind, ActivityContext parent = default)
    {
        var send = Traces.StartActivity("lk3.send", ActivityKind.Internal, parent);
        send?.SetTag("lk3.channel", channel);
        send?.SetTag("lk3.kind", kind);
        return send;
    }

    public void Received(string channel, bool stored) =>
        _received.Add(1, new("channel", channel), new("outcome", stored ? "stored" : "duplicate"));

    public void Handled(string channel, bool failed, TimeSpan took)
    {
        _handled.Add(1, new("channel", channel), new("outcome", failed ? "failed" : "handled"));
        _turnDuration.Record(took.TotalSeconds, new KeyValuePair<string, object?>("channel", channel));
    }

    /// <param name="outcome">What the channel said (<see cref="OutcomeOf"/>).</param>
    public void Delivered(string channel, string kind, string outcome) =>
        _deliveries.Add(1, new("channel", channel), new("kind", kind), new("outcome", outcome));

    public static string OutcomeOf(Channels.DeliveryOutcome outcome) => outcome switch
    {
        Channels.DeliveryOutcome.Delivered => "sent",
        Channels.DeliveryOutcome.Retry => "retry",
        Channels.DeliveryOutcome.Pause => "paused",
        Channels.DeliveryOutcome.Held => "held",
        Channels.DeliveryOutcome.Blocked => "blocked",
        _ => "failed",
    };
}
