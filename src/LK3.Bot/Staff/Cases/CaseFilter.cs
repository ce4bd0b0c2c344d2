using LK3.Intake.Cases;

namespace LK3.Bot.Staff.Cases;

/// <summary>The case queue's filters, the same in the pages and the API; every one optional.</summary>
public sealed record CaseFilter(
    CaseStage? Stage = null,
    bool? Urgent = null,
    int? CounsellorId = null,
    ProblemCategory? Category = null,
    Kecamatan? Kecamatan = null,
    int? Year = null,
    string? Reference = null);

/// <summary>One row of the queue.</summary>
public sealed record CaseSummary(
    string Reference, CaseStage Stage, bool Urgent, ProblemCategory Category, Kecamatan Kecamatan, string Channel, string? CounsellorName, DateTimeOffset CreatedAt);
