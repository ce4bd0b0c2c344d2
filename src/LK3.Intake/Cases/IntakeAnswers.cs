namespace LK3.Intake.Cases;

/// <summary>What a family is asked about its problem (the choices of the help intake).</summary>
public enum ProblemCategory
{
    FamilyConflict,
    DomesticViolence,
    ChildProtection,
    Youth,
    Economic,
    Health,
    Other,
}

public enum HelpRecipient
{
    Myself,
    MyChild,
    MyFamily,
    SomeoneElse,
    Organisation,
}

public enum Kecamatan
{
    BontangUtara,
    BontangSelatan,
    BontangBarat,
    OutsideBontang,
}

public enum ContactMethod
{
    ThisChat,
    PhoneCall,
}
