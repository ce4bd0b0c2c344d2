using LK3.Bot.Data;
using LK3.Intake;
using LK3.Intake.Cases;
using LK3.Intake.Clients;
using LK3.Intake.Data;
using LK3.Tests.EndToEnd;
using Microsoft.EntityFrameworkCore;

namespace LK3.Tests.Reports;

/// <summary>
/// A migrated database holding a few cases of 2025 and 2026, shared read-only by the tests of a class.
/// The figures they make are worked out in <see cref="FiguresQueryTests"/>.
/// </summary>
public abstract class FiguresDatabase(DatabaseProvider provider) : IAsyncLifetime
{
    public TestDatabase Database { get; } = TestDatabase.Create(provider);

    public int KepolisianId { get; private set; }
    public int BaznasId { get; private set; }

    public IntakeDbContext NewContext()
    {
        Database.SkipIfUnavailable();
        return Database.NewContext();
    }

    public async Task InitializeAsync()
    {
        if (Database.UnavailableReason is not null) return;
        await using var db = Database.NewContext();
        await db.Database.MigrateAsync();
        await IntakeSeeding.SeedAsync(db, TimeProvider.System, CancellationToken.None);
        KepolisianId = await db.ReferralPartners.Where(p => p.Name == "Kepolisian").Select(p => p.Id).SingleAsync();
        BaznasId = await db.ReferralPartners.Where(p => p.Name == "Baznas Kota Bontang").Select(p => p.Id).SingleAsync();

        var ani = Client("ani");
        var budi = Client("budi");
        var citra = Client("citra");
        db.Clients.AddRange(ani, budi, citra);
        await db.SaveChangesAsync();

        var march = new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero);
        db.Cases.AddRange(
            // First contact 2 h: the move to identifikasi kasus comes before the counsellor's message.
            Case(2026, 1, ani, "telegram", ProblemCategory.DomesticViolence, Kecamatan.BontangUtara, CaseStage.CaseIdentification, march, urgent: true,
                transitions: [(CaseStage.InitialContact, CaseStage.CaseIdentification, 2)],
                messages: [(MessageDirection.FromCounsellor, 5)]),
            // First contact 0.5 h: the counsellor's message; the family's own message earlier does not count.
            Case(2026, 2, budi, "whatsapp", ProblemCategory.DomesticViolence, Kecamatan.BontangSelatan, CaseStage.TerminationReferral, march.AddDays(1),
                partnerId: KepolisianId,
                transitions: [(CaseStage.InitialContact, CaseStage.CaseIdentification, 3), (CaseStage.CaseIdentification, CaseStage.CaseAssessment, 20),
                              (CaseStage.CaseAssessment, CaseStage.TerminationReferral, 30)],
                messages: [(MessageDirection.FromFamily, 0.2), (MessageDirection.FromCounsellor, 0.5)]),
            // First contact 8 h, a continuing client, closed after a referral.
            Case(2026, 3, ani, "telegram", ProblemCategory.Economic, Kecamatan.BontangUtara, CaseStage.Closed, march.AddDays(10), continuing: true,
                partnerId: BaznasId,
                transitions: [(CaseStage.InitialContact, CaseStage.CaseIdentification, 8), (CaseStage.CaseIdentification, CaseStage.CaseAssessment, 9),
                              (CaseStage.CaseAssessment, CaseStage.TerminationReferral, 10), (CaseStage.TerminationReferral, CaseStage.FollowUpCare, 11),
                              (CaseStage.FollowUpCare, CaseStage.Closed, 12)],
                messages: []),
            // Created on 31 December UTC, already 1 January in WITA: a case of 2026. Closed from kontak awal: no contact.
            Case(2026, 4, citra, "web", ProblemCategory.FamilyConflict, Kecamatan.OutsideBontang, CaseStage.Closed,
                new DateTimeOffset(2025, 12, 31, 16, 30, 0, TimeSpan.Zero),
                transitions: [(CaseStage.InitialContact, CaseStage.Closed, 1)],
                messages: []),
            // Still waiting: only the family wrote.
            Case(2026, 5, budi, "whatsapp", ProblemCategory.Youth, Kecamatan.BontangBarat, CaseStage.InitialContact, march.AddDays(20), continuing: true,
                transitions: [],
                messages: [(MessageDirection.FromFamily, 1)]),
            // 2025: first contacts 1 h and 4 h, median 2.5 h.
            Case(2025, 1, citra, "telegram", ProblemCategory.Health, Kecamatan.BontangSelatan, CaseStage.Closed, march.AddYears(-1),
                transitions: [(CaseStage.InitialContact, CaseStage.CaseIdentification, 4), (CaseStage.CaseIdentification, CaseStage.Closed, 50)],
                messages: [(MessageDirection.FromCounsellor, 1)]),
            Case(2025, 2, citra, "telegram", ProblemCategory.Health, Kecamatan.BontangSelatan, CaseStage.CaseIdentification,
                march.AddYears(-1).AddDays(5), continuing: true,
                transitions: [(CaseStage.InitialContact, CaseStage.CaseIdentification, 4)],
                messages: [(MessageDirection.FromCounsellor, 6)]));
        await db.SaveChangesAsync();
    }

    public Task DisposeAsync() => Database.DisposeAsync().AsTask();

    private static Client Client(string name) => new()
    {
        Channel = "telegram",
        ChatId = name,
        FirstSeenAt = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero),
    };

    /// <summary>A case with its history; times of transitions and messages are hours after its creation.</summary>
    private static IntakeCase Case(
        int year, int number, Client client, string channel, ProblemCategory category, Kecamatan kecamatan, CaseStage stage, DateTimeOffset createdAt,
        (CaseStage From, CaseStage To, double Hours)[] transitions, (MessageDirection Direction, double Hours)[] messages,
        bool urgent = false, bool continuing = false, int? partnerId = null) => new()
    {
        Year = year,
        Number = number,
        ClientId = client.Id,
        Channel = channel,
        Category = category,
        Recipient = HelpRecipient.MyFamily,
        Description = "Uji angka tahunan",
        Kecamatan = kecamatan,
        ContactMethod = ContactMethod.ThisChat,
        Urgent = urgent,
        ContinuingClient = continuing,
        Stage = stage,
        ReferralPartnerId = partnerId,
        CreatedAt = createdAt,
        Transitions = [.. transitions.Select(t => new CaseTransition
        {
            From = t.From,
            To = t.To,
            Trigger = t.To == CaseStage.Closed && t.From == CaseStage.InitialContact ? CaseTrigger.Terminate : CaseTrigger.Advance,
            ActorName = "Konselor Uji",
            ActorRole = StaffRole.Counsellor,
            At = createdAt.AddHours(t.Hours),
        })],
        Messages = [.. messages.Select(m => new CaseMessage { Direction = m.Direction, Text = "Halo", ReceivedAt = createdAt.AddHours(m.Hours) })],
    };
}

public sealed class SqliteFiguresDatabase() : FiguresDatabase(DatabaseProvider.Sqlite);

public sealed class PostgreSqlFiguresDatabase() : FiguresDatabase(DatabaseProvider.PostgreSql);
