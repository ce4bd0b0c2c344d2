using Microsoft.AspNetCore.Identity;

namespace LK3.Intake.Cases;

/// <summary>One request for help (kasus), created when a family confirms the help intake.</summary>
public sealed class IntakeCase
{
    public int Id { get; set; }
    public int Year { get; set; }
    public int Number { get; set; }
    public CaseReference Reference => new(Year, Number);

    public int ClientId { get; set; }
    public required string Channel { get; set; }
    public ProblemCategory Category { get; set; }
    public HelpRecipient Recipient { get; set; }
    [ProtectedPersonalData]
    public required string Description { get; set; }
    public Kecamatan Kecamatan { get; set; }
    public ContactMethod ContactMethod { get; set; }
    [ProtectedPersonalData]
    public string? ContactPhone { get; set; }

    /// <summary>What the family wrote with its number for whoever calls ("jangan telepon ke nomor suami").</summary>
    [ProtectedPersonalData]
    public string? ContactNote { get; set; }
    public bool Urgent { get; set; }

    /// <summary>True when the client already had a case before this one (klien binaan lanjutan), for the yearly report.</summary>
    public bool ContinuingClient { get; set; }

    public CaseStage Stage { get; set; } = CaseStage.InitialContact;

    /// <summary>The counsellor who accepted the case; null while it is offered or waits in the queue.</summary>
    public int? CounsellorId { get; set; }

    /// <summary>The partner institution the case was referred to (rujukan), if any.</summary>
    public int? ReferralPartnerId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When the family's words and number were erased (an erasure, or the retention period ran out).</summary>
    public DateTimeOffset? AnonymisedAt { get; set; }

    public List<CaseMessage> Messages { get; set; } = [];
    public List<CaseTransition> Transitions { get; set; } = [];
    public List<CaseNote> Notes { get; set; } = [];
    public List<Counsellors.CaseOffer> Offers { get; set; } = [];
    public List<FollowUps.FollowUp> FollowUps { get; set; } = [];
}
