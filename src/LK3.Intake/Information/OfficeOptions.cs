namespace LK3.Intake.Information;

/// <summary>The "Office" configuration section: what families are told about reaching the office.</summary>
public sealed class OfficeOptions
{
    public const string SectionName = "Office";

    /// <summary>The street address, as families should find it ("Jl. …, Bontang").</summary>
    public string? Address { get; set; }

    /// <summary>The office telephone number.</summary>
    public string? Phone { get; set; }

    /// <summary>The office's WhatsApp number, when it has one for people to call or write to.</summary>
    public string? WhatsApp { get; set; }
}
