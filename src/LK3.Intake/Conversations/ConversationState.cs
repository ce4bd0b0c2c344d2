namespace LK3.Intake.Conversations;

/// <summary>Where a family is in its conversation with the bot; stored on <see cref="Conversation"/>.</summary>
public enum ConversationState
{
    New,

    // Superstates: never stored, they only group the states below them.
    Active,
    Browsing,
    Intake,

    AwaitingConsent,
    MainMenu,
    InformationMenu,
    ReadingTopic,
    Emergency,
    ChoosingNews,
    ConfirmingErasure,

    AskCategory,
    ConfirmCategory,
    AskRecipient,
    AskDescription,
    AskKecamatan,
    AskContactMethod,
    AskPhoneNumber,
    AskDanger,
    ConfirmIntake,
    ChoosingAnswer,
}

/// <summary>What can happen in a conversation; parameterised ones carry the family's answer.</summary>
public enum ConversationTrigger
{
    Start,
    ShowMenu,
    Expire,
    Agree,
    Decline,
    OpenInformation,
    ChooseTopic,
    AskAbout,
    ReportEmergency,
    ReportDanger,
    RequestHelp,
    TellProblem,
    RequestUrgentHelp,
    WriteToCase,
    OpenNews,
    Subscribe,
    RequestErasure,
    ConfirmErasure,
    ChooseCategory,
    AcceptCategory,
    RejectCategory,
    ChooseRecipient,
    Describe,
    ChooseKecamatan,
    ChooseChatContact,
    ChoosePhoneContact,
    GivePhoneNumber,
    AnswerDanger,
    Confirm,
    Edit,
    ChangeAnswer,
    BackToSummary,
    Cancel,
}
