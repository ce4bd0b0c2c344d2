namespace LK3.Intake.Cases;

/// <summary>What can move a case through LK3's stages.</summary>
public enum CaseTrigger
{
    /// <summary>On to the next stage of the process.</summary>
    Advance,

    /// <summary>Referred to a partner institution (rujukan), from the assessment on.</summary>
    Refer,

    /// <summary>Ended before its time, with a reason.</summary>
    Terminate,

    /// <summary>A closed case taken up again for follow-up care.</summary>
    Reopen,
}
