using System.Globalization;
using Hangfire;
using LK3.Bot.Staff;
using LK3.Bot.Staff.Content;
using LK3.Intake;
using LK3.Intake.Broadcasts;
using LK3.Intake.Cases;
using LK3.Intake.Clients;
using LK3.Intake.Conversations;
using Microsoft.EntityFrameworkCore;

namespace LK3.Bot.Broadcasts;

/// <summary>
/// A broadcast as staff write it (in the form or the API). <see cref="SendAt"/> null: now. Topics empty or
/// null: every subscriber; <see cref="Language"/>, <see cref="Channel"/> and <see cref="Kecamatan"/> null: all.
/// </summary>
public sealed record BroadcastDraft(
    string? Text,
    string? LinkUrl = null,
    string? LinkLabel = null,
    IReadOnlyList<NewsTopic>? Topics = null,
    string? Language = null,
    string? Channel = null,
    Kecamatan? Kecamatan = null,
    DateTimeOffset? SendAt = null);

/// <summary>How many families a broadcast reaches, in all and per channel.</summary>
public sealed record BroadcastReach(int Families, IReadOnlyDictionary<string, int> ByChannel);

/// <summary>What <see cref="BroadcastDesk.CreateAsync"/> did: the broadcast saved, or why not (by field of <see cref="BroadcastDraft"/>).</summary>
public sealed record BroadcastCreation(Broadcast? Broadcast, IReadOnlyDictionary<string, string> Errors, bool Escaped)
{
    public bool Created => Broadcast is not null;
}

public enum BroadcastCancellation
{
    Cancelled,
    NotFound,

    /// <summary>Completed or cancelled already.</summary>
    AlreadyFinished,
}

/// <summary>
/// A broadcast's state and, once it has run, its report. <see cref="Families"/> counts the delivery rows once
/// sending has begun; before that, the families it would reach now. <see cref="Waiting"/> includes the rows
/// being sent; for a cancelled broadcast they are the families it never reached. <see cref="Sent"/> the channel took,
/// <see cref="Failed"/> it refused; <see cref="Interrupted"/> were being sent when a process stopped: they may have
/// arrived, and are not sent again.
/// </summary>
public sealed record BroadcastProgress(
    int Id,
    BroadcastStatus Status,
    string Text,
    string? LinkUrl,
    string? LinkLabel,
    IReadOnlyList<NewsTopic> Topics,
    string? Language,
    string? Channel,
    Kecamatan? Kecamatan,
    DateTimeOffset SendAt,
    string CreatedBy,
    DateTimeOffset CreatedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? FinishedAt,
    int Families,
    int Waiting,
    int Sent,
    int Failed,
    int Interrupted,
    double MessagesPerSecond,
    IReadOnlyList<BroadcastProgress.Failure> Failures)
{
    public sealed record Failure(string Reason, int Count);

    public bool CanBeCancelled => Status is BroadcastStatus.Scheduled or BroadcastStatus.Sending;
}

/// <summary>One row of the broadcast list: the broadcast and its delivery counts (see <see cref="BroadcastProgress.Families"/>).</summary>
public sealed record BroadcastSummary(Broadcast Broadcast, int Families, int Sent, int Failed);

/// <summary>
/// Staff's side of broadcasts (siaran): how many families a draft reaches, checking and scheduling it (a
/// broadcast for now is handed to Hangfire at once; later ones are started by <see cref="DueBroadcastsJob"/>),
/// cancelling it, and its progress and report.
/// </summary>
public sealed partial class BroadcastDesk(IntakeDbContext db, AuditLog audit, IBackgroundJobClient jobs, TimeProvider time, ILogger<BroadcastDesk> logger)
{
    public const int MaxLinkLength = 500;
    public const int MaxLinkLabelLength = 20;

    /// <summary>A send time this far in the past still counts as now (the form took a while to fill in).</summary>
    public static readonly TimeSpan Slack = TimeSpan.FromMinutes(1);

    public static readonly TimeSpan MaxAhead = TimeSpan.FromDays(366);

    /// <summary>The window of <see cref="BroadcastProgress.MessagesPerSecond"/>.</summary>
    public static readonly TimeSpan RateWindow = TimeSpan.FromSeconds(10);

    public static IReadOnlyList<string> LanguageCodes { get; } = [Languages.Indonesian, Languages.English];

    public async Task<BroadcastReach> PreviewAsync(BroadcastDraft draft, CancellationToken cancellationToken)
    {
        draft = Normalized(draft);
        var byChannel = await db.RecipientsOf(AudienceOf(draft))
            .GroupBy(c => c.Channel)
            .Select(g => new { Channel = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return new BroadcastReach(byChannel.Sum(c => c.Count),
            byChannel.OrderBy(c => c.Channel, StringComparer.Ordinal).ToDictionary(c => c.Channel, c => c.Count));
    }

    /// <summary>Errors of the audience filters alone (language, channel), for a preview.</summary>
    public static IReadOnlyDictionary<string, string> FilterErrors(BroadcastDraft draft)
    {
        draft = Normalized(draft);
        var errors = new Dictionary<string, string>();
        if (draft.Language is { } language && !LanguageCodes.Contains(language))
        {
            errors[nameof(BroadcastDraft.Language)] = $"Bahasa \"{language}\" tidak dikenal: pilih id, en atau semua.";
        }
        if (draft.Channel is { } channel && !ChannelNames.All.Contains(channel))
        {
            errors[nameof(BroadcastDraft.Channel)] = $"Kanal \"{channel}\" tidak dikenal: pilih {string.Join(", ", ChannelNames.All)} atau semua.";
        }
        return errors;
    }

    /// <summary>Checks the draft and, if it is sound, saves it as scheduled; one for now is started at once.</summary>
    public async Task<BroadcastCreation> CreateAsync(StaffMember member, BroadcastDraft draft, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var (broadcast, errors, escaped) = Check(draft, now);
        if (broadcast is null) return new BroadcastCreation(null, errors, escaped);

        broadcast.CreatedBy = member.Name is { Length: > 100 } name ? name[..100] : member.Name;
        // The audit entry names the broadcast's id, so it is written after the broadcast, in the same transaction.
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            broadcast.Id = 0;
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            db.Broadcasts.Add(broadcast);
            await db.SaveChangesAsync(cancellationToken);
            audit.Record(member, "broadcast.create", caseId: null, Describe(broadcast));
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        });

        if (broadcast.SendAt <= now)
        {
            var id = broadcast.Id;
            try
            {
                jobs.Enqueue<BroadcastJob>(job => job.RunAsync(id, CancellationToken.None));
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // Saved as due: the minutely DueBroadcastsJob starts it instead.
                EnqueueFailed(logger, exception, id);
            }
        }
        return new BroadcastCreation(broadcast, errors, escaped);
    }

    /// <summary>The broadcast the draft describes, not saved, or what is wrong with it.</summary>
    public static (Broadcast? Broadcast, IReadOnlyDictionary<string, string> Errors, bool Escaped) Check(BroadcastDraft draft, DateTimeOffset now)
    {
        draft = Normalized(draft);
        var errors = new Dictionary<string, string>(FilterErrors(draft));

        var typed = (draft.Text ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Trim();
        var markup = TopicMarkup.Check(typed);
        if (typed.Length == 0)
        {
            errors[nameof(BroadcastDraft.Text)] = "Tulis teks siaran.";
        }
        else if (markup.Body.Length > Broadcast.MaxTextLength)
        {
            errors[nameof(BroadcastDraft.Text)] = string.Create(CultureInfo.InvariantCulture,
                $"Teks siaran paling banyak {Broadcast.MaxTextLength} karakter "
                + $"(sekarang {markup.Body.Length}{(markup.Escaped ? ", setelah <, > dan & diubah" : "")}).");
        }
        else if (markup.Errors.Count > 0)
        {
            errors[nameof(BroadcastDraft.Text)] = string.Join(" ", markup.Errors);
        }

        var url = string.IsNullOrWhiteSpace(draft.LinkUrl) ? null : draft.LinkUrl.Trim();
        var label = string.IsNullOrWhiteSpace(draft.LinkLabel) ? null : draft.LinkLabel.Trim();
        if (url is not null && (url.Length > MaxLinkLength || url.Any(char.IsWhiteSpace)
            || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.Host.Length == 0))
        {
            errors[nameof(BroadcastDraft.LinkUrl)] =
                $"Tautan harus alamat web lengkap yang diawali http:// atau https://, paling banyak {MaxLinkLength} karakter, tanpa spasi.";
        }
        if (label is not null)
        {
            if (url is null)
            {
                errors[nameof(BroadcastDraft.LinkLabel)] = "Label tautan hanya dipakai bersama tautan: isi tautannya atau kosongkan labelnya.";
            }
            else if (label.Length > MaxLinkLabelLength || label.Contains('\n', StringComparison.Ordinal))
            {
                errors[nameof(BroadcastDraft.LinkLabel)] = string.Create(CultureInfo.InvariantCulture,
                    $"Label tautan satu baris, paling banyak {MaxLinkLabelLength} karakter (sekarang {label.Length}).");
            }
        }

        var sendAt = draft.SendAt?.ToUniversalTime() ?? now;
        if (sendAt < now - Slack)
        {
            errors[nameof(BroadcastDraft.SendAt)] = "Waktu kirim sudah lewat: pilih waktu yang akan datang, atau kirim sekarang.";
        }
        else if (sendAt > now + MaxAhead)
        {
            errors[nameof(BroadcastDraft.SendAt)] = "Waktu kirim paling lambat satu tahun dari sekarang.";
        }

        if (errors.Count > 0) return (null, errors, markup.Escaped);
        return (new Broadcast
        {
            Text = markup.Body,
            LinkUrl = url,
            LinkLabel = url is null ? null : label,
            Topics = [.. (draft.Topics ?? []).Distinct().Order()],
            Language = draft.Language,
            Channel = draft.Channel,
            Kecamatan = draft.Kecamatan,
            SendAt = sendAt < now ? now : sendAt,
            Status = BroadcastStatus.Scheduled,
            CreatedBy = "",
            CreatedAt = now,
        }, errors, markup.Escaped);
    }

    /// <summary>Stops a broadcast not finished yet: a scheduled one never starts; one sending stops after the batch under way.</summary>
    public async Task<BroadcastCancellation> CancelAsync(StaffMember member, int id, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        // One conditional update, so a broadcast that has just completed is not marked cancelled after the fact.
        var cancelled = await db.Broadcasts
            .Where(b => b.Id == id && (b.Status == BroadcastStatus.Scheduled || b.Status == BroadcastStatus.Sending))
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.Status, BroadcastStatus.Cancelled).SetProperty(b => b.FinishedAt, (DateTimeOffset?)now),
                cancellationToken);
        if (cancelled == 0)
        {
            return await db.Broadcasts.AnyAsync(b => b.Id == id, cancellationToken) ? BroadcastCancellation.AlreadyFinished : BroadcastCancellation.NotFound;
        }
        audit.Record(member, "broadcast.cancel", caseId: null, string.Create(CultureInfo.InvariantCulture, $"siaran {id}"));
        await db.SaveChangesAsync(cancellationToken);
        return BroadcastCancellation.Cancelled;
    }

    public async Task<BroadcastProgress?> ProgressAsync(int id, CancellationToken cancellationToken)
    {
        var broadcast = await db.Broadcasts.AsNoTracking().FirstOrDefaultAsync(b => b.Id == id, cancellationToken);
        if (broadcast is null) return null;

        var deliveries = db.BroadcastDeliveries.Where(d => d.BroadcastId == id);
        var counts = await deliveries.GroupBy(d => d.Status).Select(g => new { Status = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        int Count(params BroadcastDeliveryStatus[] statuses) => counts.Where(c => statuses.Contains(c.Status)).Sum(c => c.Count);
        var since = time.GetUtcNow() - RateWindow;
        var recent = await deliveries.CountAsync(d => d.Status == BroadcastDeliveryStatus.Sent && d.SentAt >= since, cancellationToken);
        var failures = await deliveries.Where(d => d.Status == BroadcastDeliveryStatus.Failed)
            .GroupBy(d => d.FailureReason)
            .Select(g => new { Reason = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);

        var families = counts.Sum(c => c.Count);
        if (broadcast.Status == BroadcastStatus.Scheduled && families == 0)
        {
            families = await db.RecipientsOf(broadcast).CountAsync(cancellationToken);
        }
        return new BroadcastProgress(
            broadcast.Id, broadcast.Status, broadcast.Text, broadcast.LinkUrl, broadcast.LinkLabel, broadcast.Topics, broadcast.Language, broadcast.Channel,
            broadcast.Kecamatan, broadcast.SendAt, broadcast.CreatedBy, broadcast.CreatedAt, broadcast.StartedAt, broadcast.FinishedAt,
            families,
            Count(BroadcastDeliveryStatus.Waiting, BroadcastDeliveryStatus.Sending),
            Count(BroadcastDeliveryStatus.Sent),
            Count(BroadcastDeliveryStatus.Failed),
            Count(BroadcastDeliveryStatus.Interrupted),
            recent / RateWindow.TotalSeconds,
            [
                .. failures.Select(f => new BroadcastProgress.Failure(f.Reason ?? "(tanpa keterangan)", f.Count))
                    .OrderByDescending(f => f.Count).ThenBy(f => f.Reason, StringComparer.Ordinal),
            ]);
    }

    /// <summary>The latest broadcasts, newest first, with their counts.</summary>
    public async Task<IReadOnlyList<BroadcastSummary>> ListAsync(int take, CancellationToken cancellationToken)
    {
        var broadcasts = await db.Broadcasts.AsNoTracking().OrderByDescending(b => b.Id).Take(take).ToListAsync(cancellationToken);
        var ids = broadcasts.Select(b => b.Id).ToList();
        var counts = await db.BroadcastDeliveries.Where(d => ids.Contains(d.BroadcastId))
            .GroupBy(d => new { d.BroadcastId, d.Status })
            .Select(g => new { g.Key.BroadcastId, g.Key.Status, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var rows = new List<BroadcastSummary>(broadcasts.Count);
        foreach (var broadcast in broadcasts)
        {
            var mine = counts.Where(c => c.BroadcastId == broadcast.Id).ToList();
            var families = mine.Sum(c => c.Count);
            if (broadcast.Status == BroadcastStatus.Scheduled && families == 0)
            {
                families = await db.RecipientsOf(broadcast).CountAsync(cancellationToken);
            }
            rows.Add(new BroadcastSummary(broadcast, families,
                mine.Where(c => c.Status == BroadcastDeliveryStatus.Sent).Sum(c => c.Count),
                mine.Where(c => c.Status == BroadcastDeliveryStatus.Failed).Sum(c => c.Count)));
        }
        return rows;
    }

    /// <summary>An empty choice of language or channel (a form's "Semua") is no filter.</summary>
    private static BroadcastDraft Normalized(BroadcastDraft draft) => draft with
    {
        Language = string.IsNullOrWhiteSpace(draft.Language) ? null : draft.Language.Trim(),
        Channel = string.IsNullOrWhiteSpace(draft.Channel) ? null : draft.Channel.Trim(),
    };

    /// <summary>An unsaved broadcast carrying only the draft's audience, for <see cref="BroadcastAudience.RecipientsOf"/>.</summary>
    private static Broadcast AudienceOf(BroadcastDraft draft) => new()
    {
        Text = "",
        CreatedBy = "",
        Topics = [.. (draft.Topics ?? []).Distinct()],
        Language = draft.Language,
        Channel = draft.Channel,
        Kecamatan = draft.Kecamatan,
    };

    /// <summary>For the audit log, in words: "siaran 3: Kelas pengasuhan; Bahasa Indonesia; Telegram; Semua kecamatan; kirim 05/01/2026 10.30 WITA".</summary>
    private static string Describe(Broadcast broadcast) => string.Create(CultureInfo.InvariantCulture,
        $"siaran {broadcast.Id}: {SiaranLabels.Topics(broadcast.Topics)}; {SiaranLabels.Language(broadcast.Language)}; "
        + $"{SiaranLabels.Channel(broadcast.Channel)}; {SiaranLabels.Kecamatan(broadcast.Kecamatan)}; kirim {StaffFormat.When(broadcast.SendAt)}");

    [LoggerMessage(5011, LogLevel.Warning, "Broadcast {BroadcastId} could not be handed to Hangfire; the minutely run starts it")]
    private static partial void EnqueueFailed(ILogger logger, Exception exception, int broadcastId);
}
