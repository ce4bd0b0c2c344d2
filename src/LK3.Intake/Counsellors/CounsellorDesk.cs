using System.Globalization;
using LK3.Intake.Cases;
using LK3.Intake.Clients;
using LK3.Intake.Conversations;
using LK3.Intake.FollowUps;
using Microsoft.EntityFrameworkCore;

namespace LK3.Intake.Counsellors;

/// <summary>
/// What counsellors do in their own Telegram chat: link it (/daftar CODE), answer case offers, list
/// their cases. A counsellor's chat never enters the family conversation.
/// </summary>
public sealed class CounsellorDesk(
    IntakeDbContext db, CounsellorLinking linking, CaseAssignment assignment, CaseRelay relay, OfficeHours officeHours, TimeProvider time)
{
    /// <summary>
    /// The replies when the activity is a counsellor's; null when it belongs to the family conversation. A chat known to be a
    /// family's (its last turn was) is not looked for among the counsellors again: linking it forgets that (/daftar).
    /// </summary>
    public async Task<IReadOnlyList<Reply>?> TryHandleAsync(IncomingActivity activity, bool knownFamily, CancellationToken cancellationToken)
    {
        if (activity.Channel != ChannelNames.Counsellors) return null;
        var input = activity.Kind switch
        {
            ActivityKind.Text => activity.Text?.Trim(),
            ActivityKind.Choice => activity.ChoiceId,
            _ => null,
        };
        var (command, argument) = Split(input);
        if (command == "/daftar")
        {
            return [new Reply(argument is null
                ? CounsellorTexts.LinkUsage
                : await linking.LinkAsync(activity.Channel, activity.ChatId, argument, cancellationToken))];
        }

        if (knownFamily) return null;
        var counsellor = await db.Counsellors.At(activity.Channel, activity.ChatId).FirstOrDefaultAsync(cancellationToken);
        if (counsellor is null) return null;

        // Answering a family's message by replying to it in Telegram.
        if (activity is { Kind: ActivityKind.Text, ReplyToMessageId: { } repliedTo } && command?.StartsWith('/') != true
            && await relay.CaseOfMessageAsync(new ChannelAddress(activity.Channel, activity.ChatId), repliedTo, cancellationToken) is { } repliedCase)
        {
            return [await relay.FromCounsellorAsync(counsellor, repliedCase, input!, cancellationToken)];
        }

        return [await (command switch
        {
            "/balas" when SplitReference(argument) is ({ } reference, { } answer) => AnswerAsync(counsellor, reference, answer, cancellationToken),
            "offer:accept" or "/terima" when CaseReference.TryParse(argument, out var reference) =>
                assignment.AcceptAsync(counsellor, reference, cancellationToken),
            "offer:decline" when CaseReference.TryParse(argument, out var reference) => assignment.DeclineAsync(counsellor, reference, cancellationToken),
            "/kasus" => ListCasesAsync(counsellor, cancellationToken),
            "/tindaklanjut" => ScheduleFollowUpAsync(counsellor, argument, cancellationToken),
            _ => Task.FromResult(new Reply(CounsellorTexts.Help)),
        })];
    }

    private async Task<Reply> AnswerAsync(Counsellor counsellor, CaseReference reference, string answer, CancellationToken cancellationToken)
    {
        var caseId = await db.Cases.WithReference(reference).Select(c => (int?)c.Id).FirstOrDefaultAsync(cancellationToken);
        return caseId is null ? new Reply(CounsellorTexts.NotYourCase) : await relay.FromCounsellorAsync(counsellor, caseId.Value, answer, cancellationToken);
    }

    /// <summary>"LK3-2026-0007 Baik, saya telepon besok" → (LK3-2026-0007, "Baik, saya telepon besok").</summary>
    private static (CaseReference? Reference, string? Text) SplitReference(string? argument)
    {
        var parts = argument?.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
        return parts.Length == 2 && CaseReference.TryParse(parts[0], out var reference) ? (reference, parts[1]) : (null, null);
    }

    private async Task<Reply> ListCasesAsync(Counsellor counsellor, CancellationToken cancellationToken)
    {
        var cases = await db.Cases.AsNoTracking()
            .Where(c => c.CounsellorId == counsellor.Id && c.Stage != CaseStage.Closed)
            .OrderBy(c => c.Year).ThenBy(c => c.Number)
            .Select(c => new
            {
                Case = c,
                NextFollowUp = c.FollowUps.Where(f => f.Status == FollowUpStatus.Scheduled && f.Kind != FollowUpKind.OfferTimeout)
                    .OrderBy(f => f.DueAt).Select(f => (DateTimeOffset?)f.DueAt).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        var texts = ConversationTexts.Indonesian;
        return new Reply(cases.Count == 0
            ? CounsellorTexts.NoCases
            : string.Join("\n", cases.Select(c =>
                ReplyMarkup.Format(CounsellorTexts.CaseLine, c.Case.Reference, texts.Categories[c.Case.Category], texts.Stages[c.Case.Stage])
                + (c.NextFollowUp is { } next ? ReplyMarkup.Format(CounsellorTexts.NextFollowUp, OfficeTime.Show(next)) : ""))));
    }

    /// <summary>"/tindaklanjut LK3-2026-0007 15/12/2026 10.00": a reminder for the counsellor then (at opening time without an hour).</summary>
    private async Task<Reply> ScheduleFollowUpAsync(Counsellor counsellor, string? argument, CancellationToken cancellationToken)
    {
        var parts = argument?.Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? [];
        if (parts.Length is < 2 or > 3
            || !CaseReference.TryParse(parts[0], out var reference)
            || !DateOnly.TryParseExact(parts[1], ["d/M/yyyy", "d-M-yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            || !TryParseHour(parts.ElementAtOrDefault(2), out var hour))
        {
            return new Reply(CounsellorTexts.FollowUpUsage);
        }
        var intakeCase = await db.Cases.WithReference(reference).FirstOrDefaultAsync(cancellationToken);
        if (intakeCase is null || intakeCase.CounsellorId != counsellor.Id || intakeCase.Stage == CaseStage.Closed)
        {
            return new Reply(CounsellorTexts.NotYourCase);
        }

        var due = OfficeHours.At(day, hour ?? officeHours.Opens);
        if (due <= time.GetUtcNow()) return new Reply(CounsellorTexts.FollowUpInPast);
        intakeCase.FollowUps.Add(new FollowUp { Kind = FollowUpKind.CounsellorFollowUp, DueAt = due });
        return new Reply(ReplyMarkup.Format(CounsellorTexts.FollowUpScheduled, intakeCase.Reference, OfficeTime.Show(due)));
    }

    private static bool TryParseHour(string? text, out TimeOnly? hour)
    {
        hour = null;
        if (text is null) return true;
        if (!TimeOnly.TryParseExact(text, ["H.mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)) return false;
        hour = parsed;
        return true;
    }

    /// <summary>"/terima LK3-2026-0007" → ("/terima", "LK3-2026-0007"); "offer:accept:LK3-2026-0007" → ("offer:accept", "LK3-…").</summary>
    private static (string? Command, string? Argument) Split(string? input)
    {
        if (string.IsNullOrWhiteSpace(input)) return (null, null);
        if (input.StartsWith("offer:", StringComparison.Ordinal))
        {
            var last = input.LastIndexOf(':');
            return (input[..last], input[(last + 1)..]);
        }
        var parts = input.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return (parts[0].Split('@')[0].ToLowerInvariant(), parts.Length > 1 ? parts[1] : null);
    }
}
