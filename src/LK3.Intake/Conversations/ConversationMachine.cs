using LK3.Intake.Broadcasts;
using LK3.Intake.Cases;
using LK3.Intake.Understanding;
using Stateless;
using Stateless.Graph;
using State = LK3.Intake.Conversations.ConversationState;
using Trigger = LK3.Intake.Conversations.ConversationTrigger;

namespace LK3.Intake.Conversations;

/// <summary>
/// The family conversation of docs/design.md as a state machine. The state lives on the
/// <see cref="Conversation"/> entity; a machine is bound to it for one turn.
/// </summary>
public sealed class ConversationMachine
{
    private readonly StateMachine<State, Trigger> _machine;
    private Conversation _conversation = null!;
    private IConversationTurn _turn = null!;
    private readonly StateMachine<State, Trigger>.TriggerWithParameters<string> _chooseTopic;
    private readonly StateMachine<State, Trigger>.TriggerWithParameters<string> _askAbout;
    private readonly StateMachine<State, Trigger>.TriggerWithParameters<string> _tellProblem;
    private readonly StateMachine<State, Trigger>.TriggerWithParameters<string, Danger> _reportDanger;
    private readonly StateMachine<State, Trigger>.TriggerWithParameters<string> _writeToCase;
    private readonly StateMachine<State, Trigger>.TriggerWithParameters<ProblemCategory> _chooseCategory;
    private readonly StateMachine<State, Trigger>.TriggerWithParameters<HelpRecipient> _chooseRecipient;
    private readonly StateMachine<State, Trigger>.TriggerWithParameters<string> _describe;
    private readonly StateMachine<State, Trigger>.TriggerWithParameters<Kecamatan> _chooseKecamatan;
    private readonly StateMachine<State, Trigger>.TriggerWithParameters<string, string?> _givePhoneNumber;
    private readonly StateMachine<State, Trigger>.TriggerWithParameters<bool> _answerDanger;
    private readonly StateMachine<State, Trigger>.TriggerWithParameters<IntakeQuestion> _changeAnswer;
    private readonly StateMachine<State, Trigger>.TriggerWithParameters<NewsTopic> _subscribe;

    /// <summary>
    /// A machine configured and bound to the conversation and turn. Every guard and action reads the conversation and turn
    /// the machine is bound to when it runs (never one captured here), so that a configured machine can serve turn after turn
    /// (<see cref="ConversationMachines"/>): configuring is most of a simple turn's work.
    /// </summary>
    public ConversationMachine(Conversation conversation, IConversationTurn turn)
    {
        Bind(conversation, turn);
        _machine = new StateMachine<State, Trigger>(() => _conversation.State, s => _conversation.State = s);
        _chooseTopic = _machine.SetTriggerParameters<string>(Trigger.ChooseTopic);
        _askAbout = _machine.SetTriggerParameters<string>(Trigger.AskAbout);
        _tellProblem = _machine.SetTriggerParameters<string>(Trigger.TellProblem);
        _reportDanger = _machine.SetTriggerParameters<string, Danger>(Trigger.ReportDanger);
        _writeToCase = _machine.SetTriggerParameters<string>(Trigger.WriteToCase);
        _chooseCategory = _machine.SetTriggerParameters<ProblemCategory>(Trigger.ChooseCategory);
        _chooseRecipient = _machine.SetTriggerParameters<HelpRecipient>(Trigger.ChooseRecipient);
        _describe = _machine.SetTriggerParameters<string>(Trigger.Describe);
        _chooseKecamatan = _machine.SetTriggerParameters<Kecamatan>(Trigger.ChooseKecamatan);
        _givePhoneNumber = _machine.SetTriggerParameters<string, string?>(Trigger.GivePhoneNumber);
        _answerDanger = _machine.SetTriggerParameters<bool>(Trigger.AnswerDanger);
        _changeAnswer = _machine.SetTriggerParameters<IntakeQuestion>(Trigger.ChangeAnswer);
        _subscribe = _machine.SetTriggerParameters<NewsTopic>(Trigger.Subscribe);

        _machine.Configure(State.New)
            .OnEntryFromAsync(Trigger.ConfirmErasure, () => _turn.EraseAsync(), nameof(IConversationTurn.EraseAsync))
            .Permit(Trigger.Start, State.AwaitingConsent)
            .Permit(Trigger.TellProblem, State.AwaitingConsent)
            .Permit(Trigger.AskAbout, State.AwaitingConsent)
            .Permit(Trigger.ReportEmergency, State.Emergency)
            .Permit(Trigger.ReportDanger, State.Emergency);

        _machine.Configure(State.Active)
            .PermitIf(Trigger.Start, State.AwaitingConsent, () => !_turn.HasAnsweredConsent, "consent not yet answered")
            .PermitIf(Trigger.Start, State.MainMenu, () => _turn.HasAnsweredConsent, "consent answered")
            .Permit(Trigger.ShowMenu, State.MainMenu)
            .Permit(Trigger.Expire, State.MainMenu)
            .Permit(Trigger.RequestErasure, State.ConfirmingErasure)
            .Permit(Trigger.ReportDanger, State.Emergency);

        var browsing = _machine.Configure(State.Browsing)
            .SubstateOf(State.Active)
            .Permit(Trigger.OpenInformation, State.InformationMenu)
            .Permit(Trigger.ChooseTopic, State.ReadingTopic)
            .Permit(Trigger.ReportEmergency, State.Emergency)
            .PermitIf(Trigger.RequestHelp, State.AskCategory, () => _turn.HasConsent, "consent given")
            .PermitIf(Trigger.RequestHelp, State.AwaitingConsent, () => !_turn.HasConsent, "no consent")
            .PermitIf(_tellProblem, State.AwaitingConsent, _ => !_turn.HasConsent, "no consent")
            .PermitIf(Trigger.OpenNews, State.ChoosingNews, () => _turn.HasConsent, "consent given")
            .PermitIf(Trigger.OpenNews, State.AwaitingConsent, () => !_turn.HasConsent, "no consent")
            .InternalTransitionAsyncIf(_writeToCase, _ => _turn.HasOpenCase, async (text, _) =>
            {
                await _turn.AddToOpenCaseAsync(text);
                await _turn.AskAsync();
            });
        StartsIntake(browsing, _tellProblem, () => _turn.HasConsent, "consent given");

        var awaitingConsent = _machine.Configure(State.AwaitingConsent)
            .SubstateOf(State.Browsing)
            .OnEntryFrom(Trigger.Start, () => _turn.Say(t => t.Greeting))
            .OnEntryFrom(Trigger.RequestHelp, () => AskConsentForHelp(PendingHelp.Help))
            .OnEntryFrom(Trigger.RequestUrgentHelp, () => AskConsentForHelp(PendingHelp.UrgentHelp))
            .OnEntryFrom(_tellProblem, HoldProblem)
            .OnEntryFrom(_askAbout, HoldQuestion)
            .OnEntryFrom(Trigger.OpenNews, () =>
            {
                _conversation.PendingHelp = PendingHelp.News;
                _turn.Say(t => t.ConsentNeededForNews);
            })
            .OnEntryAsync(() => _turn.AskAsync(), nameof(IConversationTurn.AskAsync))
            .PermitReentryIf(Trigger.Start, () => !_turn.HasAnsweredConsent, "consent not yet answered")
            .PermitReentryIf(Trigger.RequestHelp, () => !_turn.HasConsent, "no consent")
            .PermitReentryIf(Trigger.OpenNews, () => !_turn.HasConsent, "no consent")
            .PermitReentryIf(Trigger.TellProblem, () => !_turn.HasConsent, "no consent")
            .PermitReentryIf(Trigger.AskAbout, () => _conversation.PendingHelp is PendingHelp.None or PendingHelp.Topic, "no help asked for")
            .PermitIf(Trigger.Agree, State.ChoosingNews, () => _conversation.PendingHelp == PendingHelp.News, "news were asked for")
            .PermitIf(Trigger.Agree, State.ReadingTopic, () => _conversation.PendingHelp == PendingHelp.Topic, "a question was asked")
            .PermitIf(Trigger.Agree, State.MainMenu, () => _conversation.PendingHelp == PendingHelp.None, "nothing asked for")
            .PermitIf(Trigger.Decline, State.ReadingTopic, () => _conversation.PendingHelp == PendingHelp.Topic, "a question was asked")
            .PermitIf(Trigger.Decline, State.MainMenu, () => _conversation.PendingHelp != PendingHelp.Topic, "no question asked");
        StartsIntake(awaitingConsent, Trigger.Agree, () => _conversation.PendingHelp is PendingHelp.Help or PendingHelp.UrgentHelp, "help was asked for");

        void AskConsentForHelp(PendingHelp help)
        {
            _conversation.PendingHelp = help;
            _turn.Say(t => t.ConsentNeededForHelp);
        }

        void HoldProblem(string text, StateMachine<State, Trigger>.Transition transition)
        {
            // Why consent comes first is said once; a family that writes on is told its words are kept; one greeted is not
            // greeted again.
            _turn.Say(t => _conversation.PendingHelp is PendingHelp.Help or PendingHelp.UrgentHelp ? t.HeldMore
                : _turn.HasAnsweredConsent ? t.ConsentNeededForHelp
                : transition.IsReentry ? t.ProblemHeldForConsent
                : $"{t.Greeting}\n{t.ProblemHeldForConsent}");
            _conversation.HoldProblem(_turn.TellsAProblem(text) ? text : null);
        }

        void HoldQuestion(string topicKey, StateMachine<State, Trigger>.Transition transition)
        {
            _turn.Say(t => _conversation.PendingHelp == PendingHelp.Topic ? t.HeldMore
                : transition.IsReentry ? t.QuestionHeldForConsent
                : $"{t.Greeting}\n{t.QuestionHeldForConsent}");
            _conversation.TopicKey = topicKey;
            _conversation.PendingHelp = PendingHelp.Topic;
        }

        _machine.Configure(State.MainMenu)
            .SubstateOf(State.Browsing)
            .OnEntryFrom(Trigger.Agree, () => _turn.RecordConsent(granted: true))
            .OnEntryFrom(Trigger.Decline, () => _turn.RecordConsent(granted: false))
            .OnEntryFromAsync(Trigger.Confirm, () => _turn.SubmitCaseAsync(), nameof(IConversationTurn.SubmitCaseAsync))
            .OnEntryFromAsync(_writeToCase, text => _turn.AddToOpenCaseAsync(text), nameof(IConversationTurn.AddToOpenCaseAsync))
            .OnEntryFrom(Trigger.Cancel, () => _turn.Say(t => t.IntakeCancelled))
            .OnEntryFrom(Trigger.Expire, () => _turn.Say(t => t.ConversationExpired))
            .OnEntry(() => _conversation.ClearAnswers(), nameof(Conversation.ClearAnswers))
            .OnEntryAsync(() => _turn.AskAsync(), nameof(IConversationTurn.AskAsync))
            .PermitReentry(Trigger.ShowMenu)
            .PermitReentryIf(Trigger.Start, () => _turn.HasAnsweredConsent, "consent answered");

        _machine.Configure(State.InformationMenu)
            .SubstateOf(State.Browsing)
            .OnEntryAsync(() => _turn.AskAsync(), nameof(IConversationTurn.AskAsync));

        _machine.Configure(State.ReadingTopic)
            .SubstateOf(State.Browsing)
            .OnEntryFrom(_chooseTopic, key => _conversation.TopicKey = key)
            .OnEntryFrom(Trigger.Agree, () => _turn.RecordConsent(granted: true))
            .OnEntryFrom(Trigger.Decline, () => _turn.RecordConsent(granted: false))
            .OnEntry(() => _conversation.PendingHelp = PendingHelp.None)
            .OnEntryAsync(() => _turn.AskAsync(), nameof(IConversationTurn.AskAsync))
            .PermitReentry(Trigger.ChooseTopic)
            // Writing to the case after reading a topic leads to the menu: asked again, the topic's whole text would follow each message.
            .PermitIf(_writeToCase, State.MainMenu, _ => _turn.HasOpenCase, "open case");

        var emergency = _machine.Configure(State.Emergency)
            .SubstateOf(State.Browsing)
            .OnEntryFrom(Trigger.ReportEmergency, () => _conversation.SelfHarm = false)
            .OnEntryFrom(_reportDanger, (_, danger) => _conversation.SelfHarm = danger == Danger.SelfHarm)
            .OnEntry(() => _turn.ShowEmergencyNumbers(), nameof(IConversationTurn.ShowEmergencyNumbers))
            .OnEntryAsync(() => _turn.MarkOpenCaseUrgentAsync(), nameof(IConversationTurn.MarkOpenCaseUrgentAsync))
            .OnEntryFromAsync(_reportDanger, KeepDangerMessageAsync)
            .OnEntryAsync(() => _turn.AskAsync(), nameof(IConversationTurn.AskAsync))
            .PermitReentry(Trigger.ReportEmergency)
            .PermitReentry(Trigger.ReportDanger)
            .PermitIf(Trigger.RequestUrgentHelp, State.AwaitingConsent, () => !_turn.HasConsent, "no consent");
        StartsIntake(emergency, Trigger.RequestUrgentHelp, () => _turn.HasConsent, "consent given");

        // A danger message is for the counsellor when there is a case (after the alarm; "darurat" alone says nothing more), or the
        // beginning of the story of a new one.
        Task KeepDangerMessageAsync(string text, Danger danger)
        {
            if (_turn.HasOpenCase) return danger == Danger.AskedForEmergency ? Task.CompletedTask : _turn.AddToOpenCaseAsync(text);
            _conversation.Hold(text);
            return Task.CompletedTask;
        }

        _machine.Configure(State.ChoosingNews)
            .SubstateOf(State.Browsing)
            .OnEntryFrom(Trigger.Agree, () =>
            {
                _turn.RecordConsent(granted: true);
                _conversation.PendingHelp = PendingHelp.None;
            })
            .OnEntryAsync(() => _turn.AskAsync(), nameof(IConversationTurn.AskAsync))
            .PermitReentry(Trigger.OpenNews)
            .InternalTransitionAsync(_subscribe, async (topic, _) =>
            {
                _turn.Subscribe(topic);
                await _turn.AskAsync();
            });

        _machine.Configure(State.ConfirmingErasure)
            .SubstateOf(State.Active)
            .OnEntry(() => _conversation.ClearAnswers(), nameof(Conversation.ClearAnswers))
            .OnEntryAsync(() => _turn.AskAsync(), nameof(IConversationTurn.AskAsync))
            .PermitReentry(Trigger.RequestErasure)
            .Permit(Trigger.ConfirmErasure, State.New);

        _machine.Configure(State.Intake)
            .SubstateOf(State.Active)
            .Permit(Trigger.Cancel, State.MainMenu)
            .InternalTransitionAsync(Trigger.ReportEmergency, async () =>
            {
                _conversation.SelfHarm = false;
                MarkIntakeUrgent();
                await _turn.MarkOpenCaseUrgentAsync();
                await _turn.AskAsync();
            })
            // Danger told while answering: urgent at once, and the words kept with the story; the text may still answer the question.
            .InternalTransitionAsync(_reportDanger, async (text, danger, _) =>
            {
                // The numbers are shown once an intake, unless asked for ("darurat"); self-harm told later still gets the crisis message.
                var crisisNews = danger == Danger.SelfHarm && !_conversation.SelfHarm;
                _conversation.SelfHarm |= danger == Danger.SelfHarm;
                if (!_conversation.Urgent || crisisNews || danger == Danger.AskedForEmergency) _turn.ShowEmergencyNumbers();
                _conversation.Urgent = true;
                // "darurat" alone tells nothing for the story; "darurat bu, suami ngamuk" does.
                var onlyAsked = danger == Danger.AskedForEmergency && DangerDetector.OnlyAsksForEmergency(TypedTextReader.Read(text));
                if (_conversation.State != State.AskDescription && !onlyAsked) _conversation.AddToStory(text);
                await _turn.MarkOpenCaseUrgentAsync();
            });

        void MarkIntakeUrgent()
        {
            _conversation.Urgent = true;
            _turn.ShowEmergencyNumbers();
        }

        _machine.Configure(State.AskCategory)
            .SubstateOf(State.Intake)
            .OnEntryFrom(Trigger.RequestHelp, () => _conversation.BeginIntake(urgent: false, category: null))
            .OnEntryFrom(Trigger.RequestUrgentHelp, () => _conversation.BeginIntake(urgent: true, category: null))
            .OnEntryFrom(Trigger.Agree, () => BeginIntakeAfterConsent(category: null))
            .OnEntryFrom(_tellProblem, text => BeginIntakeWith(text, category: null))
            .OnEntryFrom(Trigger.RejectCategory, () => _conversation.Category = null)
            .OnEntryFrom(_changeAnswer, _ => _conversation.ChangingAnswer = true)
            .OnEntryAsync(() => _turn.AskAsync(), nameof(IConversationTurn.AskAsync))
            .PermitIf(Trigger.ChooseCategory, State.AskRecipient, () => !_conversation.ChangingAnswer, "next question")
            .PermitIf(Trigger.ChooseCategory, State.ConfirmIntake, () => _conversation.ChangingAnswer, "changing one answer");

        _machine.Configure(State.ConfirmCategory)
            .SubstateOf(State.Intake)
            .OnEntryFrom(Trigger.RequestUrgentHelp, () => _conversation.BeginIntake(urgent: true, _turn.CategoryOf(_conversation.HeldText)?.Category))
            .OnEntryFrom(Trigger.Agree, () => BeginIntakeAfterConsent(_turn.CategoryOf(_conversation.HeldText)?.Category))
            .OnEntryFrom(_tellProblem, text => BeginIntakeWith(text, _turn.CategoryOf(text)?.Category))
            .OnEntryAsync(() => _turn.AskAsync(), nameof(IConversationTurn.AskAsync))
            .Permit(Trigger.AcceptCategory, State.AskRecipient)
            .Permit(Trigger.ChooseCategory, State.AskRecipient)
            .Permit(Trigger.RejectCategory, State.AskCategory);

        _machine.Configure(State.AskRecipient)
            .SubstateOf(State.Intake)
            .OnEntryFrom(Trigger.RequestUrgentHelp, () => _conversation.BeginIntake(urgent: true, _turn.CategoryOf(_conversation.HeldText)?.Category))
            .OnEntryFrom(Trigger.Agree, () => BeginIntakeAfterConsent(_turn.CategoryOf(_conversation.HeldText)?.Category))
            .OnEntryFrom(_tellProblem, text => BeginIntakeWith(text, _turn.CategoryOf(text)?.Category))
            .OnEntryFrom(_chooseCategory, category => _conversation.Category = category)
            .OnEntryFrom(_changeAnswer, _ => _conversation.ChangingAnswer = true)
            .OnEntryAsync(() => _turn.AskAsync(), nameof(IConversationTurn.AskAsync))
            .PermitIf(Trigger.ChooseRecipient, State.AskDescription, () => !_conversation.ChangingAnswer, "next question")
            .PermitIf(Trigger.ChooseRecipient, State.ConfirmIntake, () => _conversation.ChangingAnswer, "changing one answer");

        void BeginIntakeAfterConsent(ProblemCategory? category)
        {
            _turn.RecordConsent(granted: true);
            _conversation.BeginIntake(urgent: _conversation.PendingHelp == PendingHelp.UrgentHelp, category);
        }

        void BeginIntakeWith(string story, ProblemCategory? category)
        {
            // "minta tolong" asks for help; it is no story to be offered back.
            if (_turn.TellsAProblem(story)) _conversation.Hold(story);
            _conversation.BeginIntake(urgent: false, category);
        }

        _machine.Configure(State.AskDescription)
            .SubstateOf(State.Intake)
            .OnEntryFrom(_chooseRecipient, recipient => _conversation.Recipient = recipient)
            .OnEntryFrom(_changeAnswer, _ => _conversation.ChangingAnswer = true)
            .OnEntryAsync(() => _turn.AskAsync(), nameof(IConversationTurn.AskAsync))
            .PermitIf(Trigger.Describe, State.AskKecamatan, () => !_conversation.ChangingAnswer, "next question")
            .PermitIf(Trigger.Describe, State.ConfirmIntake, () => _conversation.ChangingAnswer, "changing one answer");

        _machine.Configure(State.AskKecamatan)
            .SubstateOf(State.Intake)
            .OnEntryFrom(_describe, description => _conversation.Description = description)
            .OnEntryFrom(_changeAnswer, _ => _conversation.ChangingAnswer = true)
            .OnEntryAsync(() => _conversation is { Kecamatan: { } told, ChangingAnswer: false }
                ? _machine.FireAsync(_chooseKecamatan, told)
                : _turn.AskAsync(), AskUnlessTold)
            .PermitIf(Trigger.ChooseKecamatan, State.AskContactMethod, () => !_conversation.ChangingAnswer, "next question")
            .PermitIf(Trigger.ChooseKecamatan, State.ConfirmIntake, () => _conversation.ChangingAnswer, "changing one answer");

        _machine.Configure(State.AskContactMethod)
            .SubstateOf(State.Intake)
            .OnEntryFrom(_chooseKecamatan, kecamatan => _conversation.Kecamatan = kecamatan)
            .OnEntryFrom(_changeAnswer, _ => _conversation.ChangingAnswer = true)
            .OnEntryAsync(() => _conversation.ChangingAnswer ? _turn.AskAsync() : _conversation.ContactMethod switch
            {
                ContactMethod.ThisChat => _machine.FireAsync(Trigger.ChooseChatContact),
                ContactMethod.PhoneCall when _conversation.ContactPhone is { } phone => _machine.FireAsync(_givePhoneNumber, phone, _conversation.ContactNote),
                ContactMethod.PhoneCall => _machine.FireAsync(Trigger.ChoosePhoneContact),
                _ => _turn.AskAsync(),
            }, AskUnlessTold)
            .PermitIf(Trigger.ChooseChatContact, State.AskDanger, () => !SkipsToSummary, "next question")
            .PermitIf(Trigger.ChooseChatContact, State.ConfirmIntake, () => SkipsToSummary, "changing one answer, or urgent already")
            .Permit(Trigger.ChoosePhoneContact, State.AskPhoneNumber)
            .PermitIf(Trigger.GivePhoneNumber, State.AskDanger, () => !SkipsToSummary, "next question")
            .PermitIf(Trigger.GivePhoneNumber, State.ConfirmIntake, () => SkipsToSummary, "changing one answer, or urgent already");

        _machine.Configure(State.AskPhoneNumber)
            .SubstateOf(State.Intake)
            .OnEntryAsync(() => _turn.AskAsync(), nameof(IConversationTurn.AskAsync))
            .PermitIf(Trigger.GivePhoneNumber, State.AskDanger, () => !SkipsToSummary, "next question")
            .PermitIf(Trigger.GivePhoneNumber, State.ConfirmIntake, () => SkipsToSummary, "changing one answer, or urgent already")
            .PermitIf(Trigger.ChooseChatContact, State.AskDanger, () => !SkipsToSummary, "next question")
            .PermitIf(Trigger.ChooseChatContact, State.ConfirmIntake, () => SkipsToSummary, "changing one answer, or urgent already");

        _machine.Configure(State.AskDanger)
            .SubstateOf(State.Intake)
            .OnEntryFrom(Trigger.ChooseChatContact, () => _conversation.ChooseChatContact(), nameof(Conversation.ChooseChatContact))
            .OnEntryFrom(_givePhoneNumber, (phone, note) => _conversation.ChoosePhoneContact(phone, note), nameof(Conversation.ChoosePhoneContact))
            .OnEntryFrom(_changeAnswer, _ => _conversation.ChangingAnswer = true)
            .OnEntryAsync(() => _turn.AskAsync(), nameof(IConversationTurn.AskAsync))
            .Permit(Trigger.AnswerDanger, State.ConfirmIntake);

        var confirmIntake = _machine.Configure(State.ConfirmIntake)
            .SubstateOf(State.Intake)
            .OnEntryFrom(_chooseCategory, category => _conversation.Category = category)
            .OnEntryFrom(_chooseRecipient, recipient => _conversation.Recipient = recipient)
            .OnEntryFrom(_describe, description => _conversation.Description = description)
            .OnEntryFrom(_chooseKecamatan, kecamatan => _conversation.Kecamatan = kecamatan)
            .OnEntryFrom(Trigger.ChooseChatContact, () => _conversation.ChooseChatContact(), nameof(Conversation.ChooseChatContact))
            .OnEntryFrom(_givePhoneNumber, (phone, note) => _conversation.ChoosePhoneContact(phone, note), nameof(Conversation.ChoosePhoneContact))
            .OnEntryFrom(_answerDanger, inDanger =>
            {
                // Numbers already shown in this intake are not shown twice.
                if (inDanger && !_conversation.Urgent) MarkIntakeUrgent();
            })
            .OnEntry(() => _conversation.ChangingAnswer = false)
            .OnEntryAsync(() => _turn.AskAsync(), nameof(IConversationTurn.AskAsync))
            .Permit(Trigger.Confirm, State.MainMenu)
            .Permit(Trigger.Edit, State.ChoosingAnswer);
        ChangesAnswers(confirmIntake);

        ChangesAnswers(_machine.Configure(State.ChoosingAnswer)
            .SubstateOf(State.Intake)
            .OnEntryAsync(() => _turn.AskAsync(), nameof(IConversationTurn.AskAsync))
            .Permit(Trigger.BackToSummary, State.ConfirmIntake));
    }

    /// <summary>
    /// The entry of a question the family may have answered before it was asked ("bontang utara" while the problem was
    /// asked): the answer told is taken — fired once this transition is done, as the machine queues triggers — rather than
    /// the question asked again; when the family is changing that answer it is asked.
    /// </summary>
    private const string AskUnlessTold = "AskAsync unless told";

    /// <summary>From now on the machine runs this conversation's turn (see <see cref="ConversationMachines"/>).</summary>
    internal void Bind(Conversation conversation, IConversationTurn turn) => (_conversation, _turn) = (conversation, turn);

    /// <summary>After the contact question the danger question comes, unless the family is changing one answer or told of danger already.</summary>
    private bool SkipsToSummary => _conversation.ChangingAnswer || _conversation.Urgent;

    /// <summary>
    /// Starting the intake from what the family wrote: a problem clear from its words skips the category question, one
    /// the bot is unsure of is asked back ("Apakah ini tentang …?"), and without a guess the categories are offered.
    /// </summary>
    private void StartsIntake(StateMachine<State, Trigger>.StateConfiguration from, Trigger trigger, Func<bool> allowed, string when)
    {
        from.PermitIf(trigger, State.AskRecipient, () => allowed() && _turn.CategoryOf(_conversation.HeldText) is { Clear: true }, $"{when}, problem clear")
            .PermitIf(trigger, State.ConfirmCategory, () => allowed() && _turn.CategoryOf(_conversation.HeldText) is { Clear: false },
                $"{when}, problem unsure")
            .PermitIf(trigger, State.AskCategory, () => allowed() && _turn.CategoryOf(_conversation.HeldText) is null, $"{when}, problem not told");
    }

    private void StartsIntake(
        StateMachine<State, Trigger>.StateConfiguration from,
        StateMachine<State, Trigger>.TriggerWithParameters<string> trigger,
        Func<bool> allowed,
        string when)
    {
        from.PermitIf(trigger, State.AskRecipient, text => allowed() && _turn.CategoryOf(text) is { Clear: true }, $"{when}, problem clear")
            .PermitIf(trigger, State.ConfirmCategory, text => allowed() && _turn.CategoryOf(text) is { Clear: false }, $"{when}, problem unsure")
            .PermitIf(trigger, State.AskCategory, text => allowed() && _turn.CategoryOf(text) is null, $"{when}, problem not told");
    }

    /// <summary>Any answer can be changed from the summary; the family comes back to it after answering.</summary>
    private void ChangesAnswers(StateMachine<State, Trigger>.StateConfiguration from) => from
        .PermitIf(_changeAnswer, State.AskCategory, q => q == IntakeQuestion.Category, "the problem")
        .PermitIf(_changeAnswer, State.AskRecipient, q => q == IntakeQuestion.Recipient, "who needs help")
        .PermitIf(_changeAnswer, State.AskDescription, q => q == IntakeQuestion.Description, "the story")
        .PermitIf(_changeAnswer, State.AskKecamatan, q => q == IntakeQuestion.Kecamatan, "the kecamatan")
        .PermitIf(_changeAnswer, State.AskContactMethod, q => q == IntakeQuestion.Contact, "how to be contacted")
        .PermitIf(_changeAnswer, State.AskDanger, q => q == IntakeQuestion.Danger, "danger");

    public State State => _machine.State;

    public bool CanFire(Trigger trigger) => _machine.CanFire(trigger);

    public Task StartAsync() => _machine.FireAsync(Trigger.Start);
    public Task ShowMenuAsync() => _machine.FireAsync(Trigger.ShowMenu);
    public Task ExpireAsync() => _machine.FireAsync(Trigger.Expire);
    public Task AgreeAsync() => _machine.FireAsync(Trigger.Agree);
    public Task DeclineAsync() => _machine.FireAsync(Trigger.Decline);
    public Task OpenInformationAsync() => _machine.FireAsync(Trigger.OpenInformation);
    public Task ChooseTopicAsync(string key) => _machine.FireAsync(_chooseTopic, key);
    public Task AskAboutAsync(string key) => _machine.FireAsync(_askAbout, key);
    public Task OpenNewsAsync() => _machine.FireAsync(Trigger.OpenNews);
    public Task SubscribeAsync(NewsTopic topic) => _machine.FireAsync(_subscribe, topic);
    public Task RequestErasureAsync() => _machine.FireAsync(Trigger.RequestErasure);
    public Task ConfirmErasureAsync() => _machine.FireAsync(Trigger.ConfirmErasure);
    public Task ReportEmergencyAsync() => _machine.FireAsync(Trigger.ReportEmergency);
    public Task ReportDangerAsync(string text, Danger danger) => _machine.FireAsync(_reportDanger, text, danger);
    public Task RequestHelpAsync() => _machine.FireAsync(Trigger.RequestHelp);
    public Task TellProblemAsync(string text) => _machine.FireAsync(_tellProblem, text);
    public Task RequestUrgentHelpAsync() => _machine.FireAsync(Trigger.RequestUrgentHelp);
    public Task WriteToCaseAsync(string text) => _machine.FireAsync(_writeToCase, text);
    public Task ChooseCategoryAsync(ProblemCategory category) => _machine.FireAsync(_chooseCategory, category);
    public Task AcceptCategoryAsync() => _machine.FireAsync(Trigger.AcceptCategory);
    public Task RejectCategoryAsync() => _machine.FireAsync(Trigger.RejectCategory);
    public Task ChooseRecipientAsync(HelpRecipient recipient) => _machine.FireAsync(_chooseRecipient, recipient);
    public Task DescribeAsync(string description) => _machine.FireAsync(_describe, description);
    public Task ChooseKecamatanAsync(Kecamatan kecamatan) => _machine.FireAsync(_chooseKecamatan, kecamatan);
    public Task ChooseChatContactAsync() => _machine.FireAsync(Trigger.ChooseChatContact);
    public Task ChoosePhoneContactAsync() => _machine.FireAsync(Trigger.ChoosePhoneContact);
    public Task GivePhoneNumberAsync(string phone, string? note = null) => _machine.FireAsync(_givePhoneNumber, phone, note);
    public Task AnswerDangerAsync(bool inDanger) => _machine.FireAsync(_answerDanger, inDanger);
    public Task ConfirmAsync() => _machine.FireAsync(Trigger.Confirm);
    public Task EditAsync() => _machine.FireAsync(Trigger.Edit);
    public Task ChangeAnswerAsync(IntakeQuestion question) => _machine.FireAsync(_changeAnswer, question);
    public Task BackToSummaryAsync() => _machine.FireAsync(Trigger.BackToSummary);
    public Task CancelAsync() => _machine.FireAsync(Trigger.Cancel);

    /// <summary>The machine as a Mermaid state diagram, kept in docs/ and checked by a test.</summary>
    public string ToMermaid() => MermaidGraph.Format(_machine.GetInfo());
}
