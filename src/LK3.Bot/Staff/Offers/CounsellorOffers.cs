using LK3.Intake;
using LK3.Intake.Cases;
using LK3.Intake.Counsellors;
using LK3.Intake.FollowUps;
using Microsoft.EntityFrameworkCore;

namespace LK3.Bot.Staff.Offers;

/// <summary>A case offered to a counsellor, as the web app shows it: enough to decide, none of the family's words.</summary>
public sealed record OfferView(
    CaseReference Reference, ProblemCategory Category, bool Urgent, Kecamatan Kecamatan, ContactMethod Contact,
    DateTimeOffset OfferedAt, DateTimeOffset? Deadline, OfferStatus Status, DateTimeOffset? AnsweredAt);

/// <summary>What became of an answer given in the web app.</summary>
public enum OfferAnswer
{
    Done,

    /// <summary>Answered already, passed on, withdrawn, or never this counsellor's.</summary>
    Gone,

    /// <summary>The account works as no counsellor.</summary>
    NotACounsellor,
}

/// <summary>
/// Case offers in the web app, for counsellors who do not use Telegram (and those who do): the ones waiting with their
/// acceptance window, the ones answered lately with what became of them, and Terima / Tolak by the same rules as on
/// Telegram (<see cref="CaseAssignment"/>). One per request, so the menu and the banner share one look.
/// </summary>
public sealed class CounsellorOffers(IntakeDbContext db, CaseAssignment assignment, AuditLog audit, TimeProvider time)
{
    /// <summary>How long an answered offer stays in the list, saying what became of it.</summary>
    public static readonly TimeSpan AnsweredShownFor = TimeSpan.FromDays(7);

    private List<OfferView>? _pending;

    /// <summary>What became of an offer, as the list says it (Telegram's edited message says the same).</summary>
    public static string Outcome(OfferStatus status) => status switch
    {
        OfferStatus.Pending => "menunggu jawaban Anda",
        OfferStatus.Accepted => "Anda terima",
        OfferStatus.Declined => "Anda tolak; ditawarkan kepada konselor lain",
        OfferStatus.Lapsed => "tidak dijawab dalam batas waktu; ditawarkan kepada konselor lain",
        _ => "ditarik: petugas menyerahkan kasus kepada konselor lain",
    };

    public async Task<IReadOnlyList<OfferView>> PendingAsync(StaffMember member, CancellationToken cancellationToken)
    {
        if (_pending is not null) return _pending;
        if (member.CounsellorId is not { } counsellorId) return [];
        // A counsellor has a few at most: ordered here, urgent first.
        var pending = await Views(db.CaseOffers.Where(o => o.CounsellorId == counsellorId && o.Status == OfferStatus.Pending)).ToListAsync(cancellationToken);
        return _pending = [.. pending.OrderByDescending(o => o.Urgent).ThenBy(o => o.OfferedAt)];
    }

    public async Task<IReadOnlyList<OfferView>> AnsweredAsync(StaffMember member, CancellationToken cancellationToken)
    {
        if (member.CounsellorId is not { } counsellorId) return [];
        var since = time.GetUtcNow() - AnsweredShownFor;
        var answered = await Views(db.CaseOffers.Where(o => o.CounsellorId == counsellorId && o.Status != OfferStatus.Pending && o.AnsweredAt >= since))
            .ToListAsync(cancellationToken);
        return [.. answered.OrderByDescending(o => o.AnsweredAt)];
    }

    public Task<OfferAnswer> AcceptAsync(StaffMember member, string reference, CancellationToken cancellationToken) =>
        AnswerAsync(member, reference, "offer.accept", assignment.AcceptAsync, cancellationToken);

    public Task<OfferAnswer> DeclineAsync(StaffMember member, string reference, CancellationToken cancellationToken) =>
        AnswerAsync(member, reference, "offer.decline", assignment.DeclineAsync, cancellationToken);

    private async Task<OfferAnswer> AnswerAsync(
        StaffMember member, string reference, string action, Func<Counsellor, CaseReference, CancellationToken, Task<LK3.Intake.Conversations.Reply>> answer,
        CancellationToken cancellationToken)
    {
        if (member.CounsellorId is not { } counsellorId) return OfferAnswer.NotACounsellor;
        if (!CaseReference.TryParse(reference, out var parsed)) return OfferAnswer.Gone;
        var caseId = await db.CaseOffers
            .Where(o => o.CounsellorId == counsellorId && o.Status == OfferStatus.Pending)
            .Join(db.Cases.WithReference(parsed), o => o.CaseId, c => c.Id, (o, c) => (int?)c.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (caseId is null) return OfferAnswer.Gone;

        var counsellor = await db.Counsellors.SingleAsync(c => c.Id == counsellorId, cancellationToken);
        await answer(counsellor, parsed, cancellationToken);
        audit.Record(member, action, caseId);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return OfferAnswer.Gone; // the acceptance window closed, or another tab answered, at the same moment
        }
        return OfferAnswer.Done;
    }

    private IQueryable<OfferView> Views(IQueryable<CaseOffer> offers) =>
        offers.Join(db.Cases, o => o.CaseId, c => c.Id, (o, c) => new OfferView(
            new CaseReference(c.Year, c.Number),
            c.Category, c.Urgent, c.Kecamatan, c.ContactMethod, o.OfferedAt,
            db.FollowUps.Where(f => f.OfferId == o.Id && f.Kind == FollowUpKind.OfferTimeout).Select(f => (DateTimeOffset?)f.DueAt).FirstOrDefault(),
            o.Status, o.AnsweredAt));
}
