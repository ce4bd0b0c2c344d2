namespace LK3.Bot.Staff;

/// <summary>The "Bootstrap" section: the first admin account, created at start when no staff account exists yet.</summary>
public sealed class BootstrapOptions
{
    public const string SectionName = "Bootstrap";

    public string? AdminEmail { get; set; }
    public string? AdminPassword { get; set; }
}
