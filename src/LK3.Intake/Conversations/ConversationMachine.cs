using LK3.Intake.Broadcasts;
using LK3.Intake.Cases;
using Stateless;
using Stateless.Graph;
using State = LK3.Intake.Conversations.ConversationState;
using Trigger = LK3.Intake.Conversations.ConversationTrigger;

namespace LK3.Intake.Conversations;

/// <summary>
/// The family conversation of DESIGN.md as a state machine. The state lives on the
/// <see cref="Conversation"/> entity; a machine is built around it for one turn.
/// </summary>
public sealed class ConversationMachine
{
    private readonly StateMachine<State, Trigger> _machine;
    private readonly StateMachine<State, Trigger>.TriggerWithParameters<string> _chooseTopic;
    private readonly StateMachine<State, Trigger>.TriggerWithParameters<string> _writeToCase;
    private readonly StateMachine<State, Trigger>.TriggerWithParameters<ProblemCategory> _chooseCategory;
    private readonly StateMachine<State, Trigger>.TriggerWithParameters<HelpRecipient> _chooseRecipient;
    private readonly StateMachine<State, Trigger>.TriggerWithParameters<string> _describe;
    private readonly StateMachine<State, Trigger>.TriggerWithParameters<Kecamatan> _chooseKecamatan;
    private readonly StateMachine<State, Trigger>.TriggerWithParameters<string> _givePhoneNumber;
    private readonly StateMachine<State, Trigger>.TriggerWithParameters<bool> _answerDanger;
    private readonly StateMachine<State, Trigger>.TriggerWithParameters<NewsTopic> _subscribe;

    public ConversationMachine(Conversation conversation, IConversationTurn turn)
    {
        _machine = new StateMachine<State, Trigger>(() => conversation.State, s => conversation.State = s);
        _chooseTopic = _machine.SetTriggerParameters<string>(Trigger.ChooseTopic);
        _writeToCase = _machine.SetTriggerParameters<string>(Trigger.WriteToCase);
        _chooseCategory = _machine.SetTriggerParameters<ProblemCategory>(Trigger.ChooseCategory);
        _chooseRecipient = _machine.SetTriggerParameters<HelpRecipient>(Trigger.ChooseRecipient);
        _describe = _machine.SetTriggerParameters<string>(Trigger.Describe);
        _chooseKecamatan = _machine.SetTriggerParameters<Kecamatan>(Trigger.ChooseKecamatan);
        _givePhoneNumber = _machine.SetTriggerParameters<string>(Trigger.GivePhoneNumber);
        _answerDanger = _machine.SetTriggerParameters<bool>(Trigger.AnswerDanger);
        _subscribe = _machine.SetTriggerParameters<NewsTopic>(Trigger.Subscribe);

        _machine.Configure(State.New)
            .OnEntryFromAsync(Trigger.ConfirmErasure, turn.EraseAsync)
            .Permit(Trigger.Start, State.AwaitingConsent)
            .Permit(Trigger.ReportEmergency, State.Emergency);

        _machine.Configure(State.Active)
            .PermitIf(Trigger.Start, State.AwaitingConsent, () => !turn.HasAnsweredConsent, "consent not yet answered")
            .PermitIf(Trigger.Start, State.MainMenu, () => turn.HasAnsweredConsent, "consent answered")
            .Permit(Trigger.ShowMenu, State.MainMenu)
            .Permit(Trigger.Expire, State.MainMenu)
            .Permit(Trigger.RequestErasure, State.ConfirmingErasure);

        _machine.Configure(State.Browsing)
            .SubstateOf(State.Active)
            .Permit(Trigger.OpenInformation, State.InformationMenu)
            .Permit(Trigger.ChooseTopic, State.ReadingTopic)
            .Permit(Trigger.ReportEmergency, State.Emergency)
            .PermitIf(Trigger.RequestHelp, State.AskCategory, () => turn.HasConsent, "consent given")
            .PermitIf(Trigger.RequestHelp, State.AwaitingConsent, () => !turn.HasConsent, "no consent")
            .PermitIf(Trigger.OpenNews, State.ChoosingNews, () => turn.HasConsent, "consent given")
            .PermitIf(Trigger.OpenNews, State.AwaitingConsent, () => !turn.HasConsent, "no consent")
            .InternalTransitionAsyncIf(_writeToCase, _ => turn.HasOpenCase, async (text, _) =>
            {
                await turn.AddToOpenCaseAsync(text);
                await turn.AskAsync();
            });

        _machine.Configure(State.AwaitingConsent)
            .SubstateOf(State.Browsing)
            .OnEntryFrom(Trigger.Start, () => turn.Say(t => t.Greeting))
            .OnEntryFrom(Trigger.RequestHelp, () => AskConsentForHelp(PendingHelp.Help))
            .OnEntryFrom(Trigger.RequestUrgentHelp, () => AskConsentForHelp(PendingHelp.UrgentHelp))
            .OnEntryFrom(Trigger.OpenNews, () =>
            {
                conversation.PendingHelp = PendingHelp.News;
                turn.Say(t => t.ConsentNeededForNews);
            })
            .OnEntryAsync(turn.AskAsync)
            .PermitReentryIf(Trigger.Start, () => !turn.HasAnsweredConsent, "consent not yet answered")
            .PermitReentryIf(Trigger.RequestHelp, () => !turn.HasConsent, "no consent")
            .PermitReentryIf(Trigger.OpenNews, () => !turn.HasConsent, "no consent")
            .PermitIf(Trigger.Agree, State.AskCategory, () => conversation.PendingHelp is PendingHelp.Help or PendingHelp.UrgentHelp, "help was asked for")
            .PermitIf(Trigger.Agree, State.ChoosingNews, () => conversation.PendingHelp == PendingHelp.News, "news were asked for")
            .PermitIf(Trigger.Agree, State.MainMenu, () => conversation.PendingHelp == PendingHelp.None, "nothing asked for")
            .Permit(Trigger.Decline, State.MainMenu);

        void MarkIntakeUrgent()
        {
            conversation.Urgent = true;
            turn.ShowEmergencyNumbers();
        }

        void AskConsentForHelp(PendingHelp help)
        {
            conversation.PendingHelp = help;
            turn.Say(t => t.ConsentNeededForHelp);
        }

        _machine.Configure(State.MainMenu)
            .SubstateOf(State.Browsing)
            .OnEntryFrom(Trigger.Agree, () => turn.RecordConsent(granted: true))
            .OnEntryFrom(Trigger.Decline, () => turn.RecordConsent(granted: false))
            .OnEntryFromAsync(Trigger.Confirm, turn.SubmitCaseAsync)
            .OnEntryFrom(Trigger.Cancel, () => turn.Say(t => t.IntakeCancelled))
            .OnEntryFrom(Trigger.Expire, () => turn.Say(t => t.ConversationExpired))
            .OnEntry(conversation.ClearAnswers)
            .OnEntryAsync(turn.AskAsync)
            .PermitReentry(Trigger.ShowMenu)
            .PermitReentryIf(Trigger.Start, () => turn.HasAnsweredConsent, "consent answered");

        _machine.Configure(State.InformationMenu)
            .SubstateOf(State.Browsing)
            .OnEntryAsync(turn.AskAsync);

        _machine.Configure(State.ReadingTopic)
            .SubstateOf(State.Browsing)
            .OnEntryFrom(_chooseTopic, key => conversation.TopicKey = key)
            .OnEntryAsync(turn.AskAsync)
            .PermitReentry(Trigger.ChooseTopic);

        _machine.Configure(State.Emergency)
            .SubstateOf(State.Browsing)
            .OnEntryAsync(turn.MarkOpenCaseUrgentAsync)
            .OnEntryAsync(turn.AskAsync)
            .PermitReentry(Trigger.ReportEmergency)
            .PermitIf(Trigger.RequestUrgentHelp, State.AskCategory, () => turn.HasConsent, "consent given")
            .PermitIf(Trigger.RequestUrgentHelp, State.AwaitingConsent, () => !turn.HasConsent, "no consent");

        _machine.Configure(State.ChoosingNews)
            .SubstateOf(State.Browsing)
            .OnEntryFrom(Trigger.Agree, () =>
            {
                turn.RecordConsent(granted: true);
                conversation.PendingHelp = PendingHelp.None;
            })
            .OnEntryAsync(turn.AskAsync)
            .PermitReentry(Trigger.OpenNews)
            .InternalTransitionAsync(_subscribe, async (topic, _) =>
            {
                turn.Subscribe(topic);
                await turn.AskAsync();
            });

        _machine.Configure(State.ConfirmingErasure)
            .SubstateOf(State.Active)
            .OnEntry(conversation.ClearAnswers)
            .OnEntryAsync(turn.AskAsync)
            .PermitReentry(Trigger.RequestErasure)
            .Permit(Trigger.ConfirmErasure, State.New);

        _machine.Configure(State.Intake)
            .SubstateOf(State.Active)
            .Permit(Trigger.Cancel, State.MainMenu)
            .InternalTransitionAsync(Trigger.ReportEmergency, async () =>
            {
                MarkIntakeUrgent();
                await turn.MarkOpenCaseUrgentAsync();
                await turn.AskAsync();
            });

        _machine.Configure(State.AskCategory)
            .SubstateOf(State.Intake)
            .OnEntryFrom(Trigger.RequestHelp, () => conversation.BeginIntake(urgent: false))
            .OnEntryFrom(Trigger.RequestUrgentHelp, () => conversation.BeginIntake(urgent: true))
            .OnEntryFrom(Trigger.Agree, () =>
            {
                turn.RecordConsent(granted: true);
                conversation.BeginIntake(urgent: conversation.PendingHelp == PendingHelp.UrgentHelp);
            })
            .OnEntryFrom(Trigger.Edit, () => conversation.BeginIntake(conversation.Urgent))
            .OnEntryAsync(turn.AskAsync)
            .Permit(Trigger.ChooseCategory, State.AskRecipient);

        _machine.Configure(State.AskRecipient)
            .SubstateOf(State.Intake)
            .OnEntryFrom(_chooseCategory, category => conversation.Category = category)
            .OnEntryAsync(turn.AskAsync)
            .Permit(Trigger.ChooseRecipient, State.AskDescription);

        _machine.Configure(State.AskDescription)
            .SubstateOf(State.Intake)
            .OnEntryFrom(_chooseRecipient, recipient => conversation.Recipient = recipient)
            .OnEntryAsync(turn.AskAsync)
            .Permit(Trigger.Describe, State.AskKecamatan);

        _machine.Configure(State.AskKecamatan)
            .SubstateOf(State.Intake)
            .OnEntryFrom(_describe, description => conversation.Description = description)
            .OnEntryAsync(turn.AskAsync)
            .Permit(Trigger.ChooseKecamatan, State.AskContactMethod);

        _machine.Configure(State.AskContactMethod)
            .SubstateOf(State.Intake)
            .OnEntryFrom(_chooseKecamatan, kecamatan => conversation.Kecamatan = kecamatan)
            .OnEntryAsync(turn.AskAsync)
            .Permit(Trigger.ChooseChatContact, State.AskDanger)
            .Permit(Trigger.ChoosePhoneContact, State.AskPhoneNumber)
            .Permit(Trigger.GivePhoneNumber, State.AskDanger);

        _machine.Configure(State.AskPhoneNumber)
            .SubstateOf(State.Intake)
            .OnEntryAsync(turn.AskAsync)
            .Permit(Trigger.GivePhoneNumber, State.AskDanger)
            .Permit(Trigger.ChooseChatContact, State.AskDanger);

        _machine.Configure(State.AskDanger)
            .SubstateOf(State.Intake)
            .OnEntryFrom(Trigger.ChooseChatContact, () => conversation.ChooseChatContact())
            .OnEntryFrom(_givePhoneNumber, phone => conversation.ChoosePhoneContact(phone))
            .OnEntryAsync(turn.AskAsync)
            .Permit(Trigger.AnswerDanger, State.ConfirmIntake);

        _machine.Configure(State.ConfirmIntake)
            .SubstateOf(State.Intake)
            .OnEntryFrom(_answerDanger, inDanger =>
            {
                if (inDanger) MarkIntakeUrgent();
            })
            .OnEntryAsync(turn.AskAsync)
            .Permit(Trigger.Confirm, State.MainMenu)
            .Permit(Trigger.Edit, State.AskCategory);
    }

    public State State => _machine.State;

    public bool CanFire(Trigger trigger) => _machine.CanFire(trigger);

    public Task StartAsync() => _machine.FireAsync(Trigger.Start);
    public Task ShowMenuAsync() => _machine.FireAsync(Trigger.ShowMenu);
    public Task ExpireAsync() => _machine.FireAsync(Trigger.Expire);
    public Task AgreeAsync() => _machine.FireAsync(Trigger.Agree);
    public Task DeclineAsync() => _machine.FireAsync(Trigger.Decline);
    public Task OpenInformationAsync() => _machine.FireAsync(Trigger.OpenInformation);
    public Task ChooseTopicAsync(string key) => _machine.FireAsync(_chooseTopic, key);
    public Task OpenNewsAsync() => _machine.FireAsync(Trigger.OpenNews);
    public Task SubscribeAsync(NewsTopic topic) => _machine.FireAsync(_subscribe, topic);
    public Task RequestErasureAsync() => _machine.FireAsync(Trigger.RequestErasure);
    public Task ConfirmErasureAsync() => _machine.FireAsync(Trigger.ConfirmErasure);
    public Task ReportEmergencyAsync() => _machine.FireAsync(Trigger.ReportEmergency);
    public Task RequestHelpAsync() => _machine.FireAsync(Trigger.RequestHelp);
    public Task RequestUrgentHelpAsync() => _machine.FireAsync(Trigger.RequestUrgentHelp);
    public Task WriteToCaseAsync(string text) => _machine.FireAsync(_writeToCase, text);
    public Task ChooseCategoryAsync(ProblemCategory category) => _machine.FireAsync(_chooseCategory, category);
    public Task ChooseRecipientAsync(HelpRecipient recipient) => _machine.FireAsync(_chooseRecipient, recipient);
    public Task DescribeAsync(string description) => _machine.FireAsync(_describe, description);
    public Task ChooseKecamatanAsync(Kecamatan kecamatan) => _machine.FireAsync(_chooseKecamatan, kecamatan);
    public Task ChooseChatContactAsync() => _machine.FireAsync(Trigger.ChooseChatContact);
    public Task ChoosePhoneContactAsync() => _machine.FireAsync(Trigger.ChoosePhoneContact);
    public Task GivePhoneNumberAsync(string phone) => _machine.FireAsync(_givePhoneNumber, phone);
    public Task AnswerDangerAsync(bool inDanger) => _machine.FireAsync(_answerDanger, inDanger);
    public Task ConfirmAsync() => _machine.FireAsync(Trigger.Confirm);
    public Task EditAsync() => _machine.FireAsync(Trigger.Edit);
    public Task CancelAsync() => _machine.FireAsync(Trigger.Cancel);

    /// <summary>The machine as a Mermaid state diagram, kept in docs/ and checked by a test.</summary>
    public string ToMermaid() => MermaidGraph.Format(_machine.GetInfo());
}
