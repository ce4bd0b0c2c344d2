namespace LK3.Intake.Understanding;

/// <summary>What a family wants with a typed message, whatever question the bot asked.</summary>
public enum Intent
{
    Unknown,
    Help,
    Information,
    Greeting,
    Thanks,
    Apology,
    Later,
    Identity,
    Yes,
    No,
    Menu,
    Cancel,
    English,
    Indonesian,
    Status,
    Erase,
}
