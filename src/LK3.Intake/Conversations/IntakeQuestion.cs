namespace LK3.Intake.Conversations;

/// <summary>An answer of the help intake the family can change from its summary, without starting again.</summary>
public enum IntakeQuestion
{
    Category,
    Recipient,
    Description,
    Kecamatan,
    Contact,
    Danger,
}
