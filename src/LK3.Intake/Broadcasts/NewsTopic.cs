namespace LK3.Intake.Broadcasts;

/// <summary>What a family can ask to hear about from LK3 (siaran).</summary>
public enum NewsTopic
{
    GeneralNews,
    ParentingClasses,
    EconomicAssistance,
}
