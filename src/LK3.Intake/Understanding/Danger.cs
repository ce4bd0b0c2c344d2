namespace LK3.Intake.Understanding;

/// <summary>What kind of danger a message tells of; each kind is one rule of <see cref="DangerDetector"/>.</summary>
public enum Danger
{
    None,
    SelfHarm,
    Weapon,
    ThreatToKill,
    LockedIn,
    ChildInDanger,
    MedicalEmergency,
    BeingHurt,
    AskedForEmergency,
    ToldOfDanger,
}
