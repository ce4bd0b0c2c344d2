using LK3.Intake.Cases;
using LK3.Intake.Clients;

namespace LK3.Intake.Counsellors;

/// <summary>A member of LK3 staff who takes cases (konselor, psikolog, pekerja sosial), or supervises them.</summary>
public sealed class Counsellor
{
    public const int DisplayNameMaxLength = 60;

    public int Id { get; set; }
    public required string Name { get; set; }

    /// <summary>How families are told who will contact them or who answers, as staff set it (e.g. "Bu Rahmawati").</summary>
    public required string DisplayName { get; set; }

    public StaffRole Role { get; set; } = StaffRole.Counsellor;

    /// <summary>The problem categories this counsellor takes.</summary>
    public List<ProblemCategory> Specialities { get; set; } = [];

    /// <summary>False while on leave: no new cases.</summary>
    public bool Active { get; set; } = true;

    /// <summary>On duty for urgent cases.</summary>
    public bool OnDuty { get; set; }

    public int MaxOpenCases { get; set; } = 10;

    /// <summary>
    /// The counsellor's own chat, linked with a one-time code (/daftar) on <see cref="ChannelNames.Counsellors"/>, where
    /// offers, relays and reminders go; without one they work in the web app.
    /// </summary>
    public ChannelAddress? Contact { get; set; }

    public DateTimeOffset? LastAssignedAt { get; set; }
}
