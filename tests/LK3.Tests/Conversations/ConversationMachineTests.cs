using LK3.Intake.Cases;
using LK3.Intake.Conversations;
using State = LK3.Intake.Conversations.ConversationState;
using Trigger = LK3.Intake.Conversations.ConversationTrigger;

namespace LK3.Tests.Conversations;

/// <summary>One test per transition of <see cref="ConversationMachine"/>: the state it leads to and the effects it causes.</summary>
public sealed class ConversationMachineTests
{
    private const string Phone = "+6281234567890";

    private static readonly ConversationTexts T = ConversationTexts.Indonesian;

    private readonly Conversation _conversation = new();
    private readonly RecordingTurn _turn;
    private readonly ConversationMachine _machine;

    public ConversationMachineTests()
    {
        _turn = new RecordingTurn(_conversation);
        _machine = new ConversationMachine(_conversation, _turn);
    }

    // ---- New ----

    [Fact]
    public async Task Start_from_New_greets_and_asks_for_consent()
    {
        await _machine.StartAsync();

        Assert.Equal(State.AwaitingConsent, _conversation.State);
        AssertCalls($"Say:{T.Greeting}", "Ask:AwaitingConsent");
    }

    [Fact]
    public async Task ReportEmergency_from_New_goes_straight_to_Emergency_without_consent()
    {
        await _machine.ReportEmergencyAsync();

        Assert.Equal(State.Emergency, _conversation.State);
        AssertCalls("MarkOpenCaseUrgent", "Ask:Emergency");
    }

    // ---- Active (inherited by Browsing and Intake states) ----

    [Theory]
    [InlineData(State.AwaitingConsent)]
    [InlineData(State.ReadingTopic)]
    [InlineData(State.AskKecamatan)]
    public async Task Start_before_consent_is_answered_greets_again(State from)
    {
        Given(from, consent: null);

        await _machine.StartAsync();

        Assert.Equal(State.AwaitingConsent, _conversation.State);
        AssertCalls($"Say:{T.Greeting}", "Ask:AwaitingConsent");
    }

    [Theory]
    [InlineData(State.MainMenu, true)]
    [InlineData(State.AwaitingConsent, false)]
    [InlineData(State.ReadingTopic, false)]
    [InlineData(State.AskDescription, true)]
    public async Task Start_after_consent_is_answered_shows_the_menu(State from, bool consent)
    {
        Given(from, consent);
        FillAnswers();

        await _machine.StartAsync();

        Assert.Equal(State.MainMenu, _conversation.State);
        AssertCalls("Ask:MainMenu");
        AssertAnswersCleared();
    }

    [Theory]
    [InlineData(State.MainMenu)]
    [InlineData(State.AwaitingConsent)]
    [InlineData(State.InformationMenu)]
    [InlineData(State.Emergency)]
    [InlineData(State.AskDanger)]
    public async Task ShowMenu_goes_to_MainMenu_and_clears_the_answers(State from)
    {
        Given(from);
        FillAnswers();

        await _machine.ShowMenuAsync();

        Assert.Equal(State.MainMenu, _conversation.State);
        AssertCalls("Ask:MainMenu");
        AssertAnswersCleared();
    }

    [Theory]
    [InlineData(State.AwaitingConsent)]
    [InlineData(State.ReadingTopic)]
    [InlineData(State.ConfirmIntake)]
    public async Task Expire_returns_to_MainMenu_saying_the_conversation_expired(State from)
    {
        Given(from);
        FillAnswers();

        await _machine.ExpireAsync();

        Assert.Equal(State.MainMenu, _conversation.State);
        AssertCalls($"Say:{T.ConversationExpired}", "Ask:MainMenu");
        AssertAnswersCleared();
    }

    // ---- Browsing ----

    [Theory]
    [InlineData(State.MainMenu)]
    [InlineData(State.ReadingTopic)]
    public async Task OpenInformation_shows_the_information_menu(State from)
    {
        Given(from);

        await _machine.OpenInformationAsync();

        Assert.Equal(State.InformationMenu, _conversation.State);
        AssertCalls("Ask:InformationMenu");
    }

    [Theory]
    [InlineData(State.InformationMenu)]
    [InlineData(State.MainMenu)]
    [InlineData(State.ReadingTopic)]
    public async Task ChooseTopic_reads_the_topic_and_stores_its_key(State from)
    {
        Given(from);
        _conversation.TopicKey = "proses";

        await _machine.ChooseTopicAsync("konseling");

        Assert.Equal(State.ReadingTopic, _conversation.State);
        Assert.Equal("konseling", _conversation.TopicKey);
        AssertCalls("Ask:ReadingTopic");
    }

    [Theory]
    [InlineData(State.AwaitingConsent)]
    [InlineData(State.MainMenu)]
    [InlineData(State.ReadingTopic)]
    [InlineData(State.Emergency)]
    public async Task ReportEmergency_while_browsing_goes_to_Emergency_and_marks_the_open_case_urgent(State from)
    {
        Given(from);

        await _machine.ReportEmergencyAsync();

        Assert.Equal(State.Emergency, _conversation.State);
        AssertCalls("MarkOpenCaseUrgent", "Ask:Emergency");
    }

    [Theory]
    [InlineData(State.MainMenu)]
    [InlineData(State.ReadingTopic)]
    [InlineData(State.Emergency)]
    public async Task RequestHelp_with_consent_begins_a_non_urgent_intake(State from)
    {
        Given(from, consent: true);
        FillAnswers();

        await _machine.RequestHelpAsync();

        Assert.Equal(State.AskCategory, _conversation.State);
        AssertAnswersCleared();
        AssertCalls("Ask:AskCategory");
    }

    [Theory]
    [InlineData(State.MainMenu, null)]
    [InlineData(State.MainMenu, false)]
    [InlineData(State.AwaitingConsent, null)]
    [InlineData(State.ReadingTopic, false)]
    public async Task RequestHelp_without_consent_asks_for_consent(State from, bool? consent)
    {
        Given(from, consent);

        await _machine.RequestHelpAsync();

        Assert.Equal(State.AwaitingConsent, _conversation.State);
        AssertCalls($"Say:{T.ConsentNeededForHelp}", "Ask:AwaitingConsent");
    }

    [Theory]
    [InlineData(State.AwaitingConsent)]
    [InlineData(State.MainMenu)]
    [InlineData(State.ReadingTopic)]
    [InlineData(State.Emergency)]
    public async Task WriteToCase_with_an_open_case_adds_the_text_and_stays(State from)
    {
        Given(from, openCase: true);

        await _machine.WriteToCaseAsync("Suami saya pulang lagi.");

        Assert.Equal(from, _conversation.State);
        AssertCalls("AddToOpenCase:Suami saya pulang lagi.", $"Ask:{from}");
    }

    [Fact]
    public async Task WriteToCase_without_an_open_case_is_refused()
    {
        Given(State.MainMenu, openCase: false);

        await Assert.ThrowsAsync<InvalidOperationException>(() => _machine.WriteToCaseAsync("halo"));

        Assert.Equal(State.MainMenu, _conversation.State);
        Assert.Empty(_turn.Calls);
    }

    // ---- AwaitingConsent ----

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Answering_the_consent_question_records_it_and_shows_the_menu(bool agree)
    {
        Given(State.AwaitingConsent, consent: null);

        await (agree ? _machine.AgreeAsync() : _machine.DeclineAsync());

        Assert.Equal(State.MainMenu, _conversation.State);
        AssertCalls($"RecordConsent:{agree}", "Ask:MainMenu");
        Assert.True(_turn.HasAnsweredConsent);
        Assert.Equal(agree, _turn.HasConsent);
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, true)]
    public async Task Agreeing_after_asking_for_help_goes_straight_into_the_intake(bool urgentRequest, bool urgentIntake)
    {
        Given(State.Emergency, consent: null);
        if (!urgentRequest) _conversation.State = State.MainMenu;

        await (urgentRequest ? _machine.RequestUrgentHelpAsync() : _machine.RequestHelpAsync());
        await _machine.AgreeAsync();

        Assert.Equal(State.AskCategory, _conversation.State);
        Assert.Equal(urgentIntake, _conversation.Urgent);
        Assert.Equal(PendingHelp.None, _conversation.PendingHelp);
        AssertCalls($"Say:{T.ConsentNeededForHelp}", "Ask:AwaitingConsent", "RecordConsent:True", "Ask:AskCategory");
    }

    // ---- ChoosingNews ----

    [Theory]
    [InlineData(State.MainMenu)]
    [InlineData(State.ReadingTopic)]
    [InlineData(State.Emergency)]
    [InlineData(State.ChoosingNews)]
    public async Task OpenNews_with_consent_shows_the_news_topics(State from)
    {
        Given(from, consent: true);

        await _machine.OpenNewsAsync();

        Assert.Equal(State.ChoosingNews, _conversation.State);
        AssertCalls("Ask:ChoosingNews");
    }

    [Theory]
    [InlineData(State.MainMenu, null)]
    [InlineData(State.MainMenu, false)]
    [InlineData(State.AwaitingConsent, null)]
    public async Task OpenNews_without_consent_asks_for_consent_first(State from, bool? consent)
    {
        Given(from, consent);

        await _machine.OpenNewsAsync();

        Assert.Equal(State.AwaitingConsent, _conversation.State);
        Assert.Equal(PendingHelp.News, _conversation.PendingHelp);
        AssertCalls($"Say:{T.ConsentNeededForNews}", "Ask:AwaitingConsent");
    }

    [Fact]
    public async Task Agreeing_after_asking_for_news_goes_to_the_topics()
    {
        Given(State.MainMenu, consent: null);

        await _machine.OpenNewsAsync();
        await _machine.AgreeAsync();

        Assert.Equal(State.ChoosingNews, _conversation.State);
        Assert.Equal(PendingHelp.None, _conversation.PendingHelp);
        AssertCalls($"Say:{T.ConsentNeededForNews}", "Ask:AwaitingConsent", "RecordConsent:True", "Ask:ChoosingNews");
    }

    [Fact]
    public async Task Subscribe_opts_in_to_the_topic_and_offers_the_others()
    {
        Given(State.ChoosingNews);

        await _machine.SubscribeAsync(LK3.Intake.Broadcasts.NewsTopic.ParentingClasses);

        Assert.Equal(State.ChoosingNews, _conversation.State);
        AssertCalls("Subscribe:ParentingClasses", "Ask:ChoosingNews");
    }

    // ---- ConfirmingErasure ----

    [Theory]
    [InlineData(State.MainMenu)]
    [InlineData(State.AwaitingConsent)]
    [InlineData(State.AskDescription)]
    [InlineData(State.ChoosingNews)]
    [InlineData(State.ConfirmingErasure)]
    public async Task RequestErasure_asks_for_confirmation_and_forgets_unsent_answers(State from)
    {
        Given(from);
        FillAnswers();

        await _machine.RequestErasureAsync();

        Assert.Equal(State.ConfirmingErasure, _conversation.State);
        AssertAnswersCleared();
        AssertCalls("Ask:ConfirmingErasure");
    }

    [Fact]
    public async Task ConfirmErasure_erases_and_starts_afresh()
    {
        Given(State.ConfirmingErasure);

        await _machine.ConfirmErasureAsync();

        Assert.Equal(State.New, _conversation.State);
        AssertCalls("Erase");
    }

    [Fact]
    public async Task Keeping_the_data_goes_back_to_the_menu()
    {
        Given(State.ConfirmingErasure);

        await _machine.ShowMenuAsync();

        Assert.Equal(State.MainMenu, _conversation.State);
        AssertCalls("Ask:MainMenu");
    }

    // ---- Emergency ----

    [Fact]
    public async Task RequestUrgentHelp_with_consent_begins_an_urgent_intake()
    {
        Given(State.Emergency, consent: true);
        FillAnswers(urgent: false);

        await _machine.RequestUrgentHelpAsync();

        Assert.Equal(State.AskCategory, _conversation.State);
        Assert.True(_conversation.Urgent);
        Assert.Null(_conversation.Category);
        AssertCalls("Ask:AskCategory");
    }

    [Theory]
    [InlineData(null)]
    [InlineData(false)]
    public async Task RequestUrgentHelp_without_consent_asks_for_consent(bool? consent)
    {
        Given(State.Emergency, consent);

        await _machine.RequestUrgentHelpAsync();

        Assert.Equal(State.AwaitingConsent, _conversation.State);
        AssertCalls($"Say:{T.ConsentNeededForHelp}", "Ask:AwaitingConsent");
    }

    // ---- Intake ----

    [Theory]
    [InlineData(State.AskCategory)]
    [InlineData(State.AskDescription)]
    [InlineData(State.AskPhoneNumber)]
    [InlineData(State.ConfirmIntake)]
    public async Task Cancel_during_the_intake_says_so_and_clears_the_answers(State from)
    {
        Given(from);
        FillAnswers();

        await _machine.CancelAsync();

        Assert.Equal(State.MainMenu, _conversation.State);
        AssertCalls($"Say:{T.IntakeCancelled}", "Ask:MainMenu");
        AssertAnswersCleared();
    }

    [Theory]
    [InlineData(State.AskCategory)]
    [InlineData(State.AskKecamatan)]
    [InlineData(State.ConfirmIntake)]
    public async Task ReportEmergency_during_the_intake_stays_marks_it_urgent_and_shows_the_numbers(State from)
    {
        Given(from);
        FillAnswers(urgent: false);

        await _machine.ReportEmergencyAsync();

        Assert.Equal(from, _conversation.State);
        Assert.True(_conversation.Urgent);
        Assert.Equal(ProblemCategory.DomesticViolence, _conversation.Category);
        AssertCalls("ShowEmergencyNumbers", "MarkOpenCaseUrgent", $"Ask:{from}");
    }

    [Fact]
    public async Task ChooseCategory_stores_the_category_and_asks_the_recipient()
    {
        Given(State.AskCategory);

        await _machine.ChooseCategoryAsync(ProblemCategory.ChildProtection);

        Assert.Equal(State.AskRecipient, _conversation.State);
        Assert.Equal(ProblemCategory.ChildProtection, _conversation.Category);
        AssertCalls("Ask:AskRecipient");
    }

    [Fact]
    public async Task ChooseRecipient_stores_the_recipient_and_asks_the_description()
    {
        Given(State.AskRecipient);

        await _machine.ChooseRecipientAsync(HelpRecipient.MyChild);

        Assert.Equal(State.AskDescription, _conversation.State);
        Assert.Equal(HelpRecipient.MyChild, _conversation.Recipient);
        AssertCalls("Ask:AskDescription");
    }

    [Fact]
    public async Task Describe_stores_the_description_and_asks_the_kecamatan()
    {
        Given(State.AskDescription);

        await _machine.DescribeAsync("Anak saya tidak mau sekolah.");

        Assert.Equal(State.AskKecamatan, _conversation.State);
        Assert.Equal("Anak saya tidak mau sekolah.", _conversation.Description);
        AssertCalls("Ask:AskKecamatan");
    }

    [Fact]
    public async Task ChooseKecamatan_stores_the_kecamatan_and_asks_the_contact_method()
    {
        Given(State.AskKecamatan);

        await _machine.ChooseKecamatanAsync(Kecamatan.BontangBarat);

        Assert.Equal(State.AskContactMethod, _conversation.State);
        Assert.Equal(Kecamatan.BontangBarat, _conversation.Kecamatan);
        AssertCalls("Ask:AskContactMethod");
    }

    [Theory]
    [InlineData(State.AskContactMethod)]
    [InlineData(State.AskPhoneNumber)]
    public async Task ChooseChatContact_stores_this_chat_and_asks_about_danger(State from)
    {
        Given(from);
        _conversation.ContactPhone = Phone;

        await _machine.ChooseChatContactAsync();

        Assert.Equal(State.AskDanger, _conversation.State);
        Assert.Equal(ContactMethod.ThisChat, _conversation.ContactMethod);
        Assert.Null(_conversation.ContactPhone);
        AssertCalls("Ask:AskDanger");
    }

    [Fact]
    public async Task ChoosePhoneContact_asks_for_the_number()
    {
        Given(State.AskContactMethod);

        await _machine.ChoosePhoneContactAsync();

        Assert.Equal(State.AskPhoneNumber, _conversation.State);
        Assert.Null(_conversation.ContactMethod);
        AssertCalls("Ask:AskPhoneNumber");
    }

    [Theory]
    [InlineData(State.AskContactMethod)]
    [InlineData(State.AskPhoneNumber)]
    public async Task GivePhoneNumber_stores_a_phone_contact_and_asks_about_danger(State from)
    {
        Given(from);

        await _machine.GivePhoneNumberAsync(Phone);

        Assert.Equal(State.AskDanger, _conversation.State);
        Assert.Equal(ContactMethod.PhoneCall, _conversation.ContactMethod);
        Assert.Equal(Phone, _conversation.ContactPhone);
        AssertCalls("Ask:AskDanger");
    }

    [Fact]
    public async Task AnswerDanger_yes_marks_the_intake_urgent_and_shows_the_numbers()
    {
        Given(State.AskDanger);
        FillAnswers(urgent: false);

        await _machine.AnswerDangerAsync(true);

        Assert.Equal(State.ConfirmIntake, _conversation.State);
        Assert.True(_conversation.Urgent);
        AssertCalls("ShowEmergencyNumbers", "Ask:ConfirmIntake");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task AnswerDanger_no_keeps_the_urgency_as_it_was(bool urgent)
    {
        Given(State.AskDanger);
        FillAnswers(urgent);

        await _machine.AnswerDangerAsync(false);

        Assert.Equal(State.ConfirmIntake, _conversation.State);
        Assert.Equal(urgent, _conversation.Urgent);
        AssertCalls("Ask:ConfirmIntake");
    }

    [Fact]
    public async Task Confirm_submits_the_case_with_the_answers_then_clears_them_and_shows_the_menu()
    {
        Given(State.ConfirmIntake);
        FillAnswers();

        await _machine.ConfirmAsync();

        Assert.Equal(State.MainMenu, _conversation.State);
        AssertCalls("SubmitCase", "Ask:MainMenu");
        Assert.Equal(ProblemCategory.DomesticViolence, _turn.CategoryAtSubmit);
        AssertAnswersCleared();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Edit_restarts_the_intake_at_the_category_keeping_the_urgency(bool urgent)
    {
        Given(State.ConfirmIntake);
        FillAnswers(urgent);

        await _machine.EditAsync();

        Assert.Equal(State.AskCategory, _conversation.State);
        Assert.Equal(urgent, _conversation.Urgent);
        Assert.Null(_conversation.Category);
        Assert.Null(_conversation.Description);
        Assert.Null(_conversation.ContactPhone);
        AssertCalls("Ask:AskCategory");
    }

    [Fact]
    public async Task A_family_goes_from_first_message_to_a_submitted_case()
    {
        await _machine.StartAsync();
        await _machine.AgreeAsync();
        await _machine.RequestHelpAsync();
        await _machine.ChooseCategoryAsync(ProblemCategory.FamilyConflict);
        await _machine.ChooseRecipientAsync(HelpRecipient.MyFamily);
        await _machine.DescribeAsync("Kami sering bertengkar.");
        await _machine.ChooseKecamatanAsync(Kecamatan.BontangUtara);
        await _machine.ChoosePhoneContactAsync();
        await _machine.GivePhoneNumberAsync(Phone);
        await _machine.AnswerDangerAsync(false);
        await _machine.ConfirmAsync();

        Assert.Equal(State.MainMenu, _conversation.State);
        Assert.Equal(ProblemCategory.FamilyConflict, _turn.CategoryAtSubmit);
        AssertCalls(
            $"Say:{T.Greeting}", "Ask:AwaitingConsent",
            "RecordConsent:True", "Ask:MainMenu",
            "Ask:AskCategory", "Ask:AskRecipient", "Ask:AskDescription", "Ask:AskKecamatan",
            "Ask:AskContactMethod", "Ask:AskPhoneNumber", "Ask:AskDanger", "Ask:ConfirmIntake",
            "SubmitCase", "Ask:MainMenu");
    }

    // ---- Refused transitions ----

    [Theory]
    [InlineData(State.New, Trigger.ShowMenu)]
    [InlineData(State.New, Trigger.Expire)]
    [InlineData(State.New, Trigger.RequestHelp)]
    [InlineData(State.New, Trigger.WriteToCase)]
    [InlineData(State.AwaitingConsent, Trigger.ChooseCategory)]
    [InlineData(State.AwaitingConsent, Trigger.RequestUrgentHelp)]
    [InlineData(State.MainMenu, Trigger.Confirm)]
    [InlineData(State.MainMenu, Trigger.Agree)]
    [InlineData(State.MainMenu, Trigger.Cancel)]
    [InlineData(State.MainMenu, Trigger.RequestUrgentHelp)]
    [InlineData(State.ReadingTopic, Trigger.Edit)]
    [InlineData(State.Emergency, Trigger.AnswerDanger)]
    [InlineData(State.AskCategory, Trigger.OpenInformation)]
    [InlineData(State.AskCategory, Trigger.RequestHelp)]
    [InlineData(State.AskCategory, Trigger.ChooseRecipient)]
    [InlineData(State.AskDescription, Trigger.WriteToCase)]
    [InlineData(State.AskDescription, Trigger.ChooseTopic)]
    [InlineData(State.AskKecamatan, Trigger.GivePhoneNumber)]
    [InlineData(State.AskPhoneNumber, Trigger.ChoosePhoneContact)]
    [InlineData(State.AskDanger, Trigger.Confirm)]
    [InlineData(State.ConfirmIntake, Trigger.AnswerDanger)]
    [InlineData(State.New, Trigger.OpenNews)]
    [InlineData(State.MainMenu, Trigger.Subscribe)]
    [InlineData(State.AskDescription, Trigger.OpenNews)]
    [InlineData(State.ChoosingNews, Trigger.Confirm)]
    [InlineData(State.New, Trigger.RequestErasure)]
    [InlineData(State.MainMenu, Trigger.ConfirmErasure)]
    [InlineData(State.ConfirmingErasure, Trigger.RequestHelp)]
    public async Task A_trigger_the_state_does_not_accept_is_refused_and_changes_nothing(State from, Trigger trigger)
    {
        Given(from, openCase: true);
        FillAnswers();

        Assert.False(_machine.CanFire(trigger));
        await Assert.ThrowsAsync<InvalidOperationException>(() => Fire(trigger));

        Assert.Equal(from, _conversation.State);
        Assert.Equal(ProblemCategory.DomesticViolence, _conversation.Category);
        Assert.Empty(_turn.Calls);
    }

    // ---- Helpers ----

    private void Given(State state, bool? consent = true, bool openCase = false)
    {
        _conversation.State = state;
        _turn.HasAnsweredConsent = consent.HasValue;
        _turn.HasConsent = consent == true;
        _turn.HasOpenCase = openCase;
    }

    private void FillAnswers(bool urgent = true)
    {
        _conversation.Category = ProblemCategory.DomesticViolence;
        _conversation.Recipient = HelpRecipient.Myself;
        _conversation.Description = "Saya dipukul suami.";
        _conversation.Kecamatan = Kecamatan.BontangSelatan;
        _conversation.ChoosePhoneContact(Phone, "jangan telepon malam");
        _conversation.Urgent = urgent;
    }

    private void AssertAnswersCleared()
    {
        Assert.Null(_conversation.Category);
        Assert.Null(_conversation.Recipient);
        Assert.Null(_conversation.Description);
        Assert.Null(_conversation.Kecamatan);
        Assert.Null(_conversation.ContactMethod);
        Assert.Null(_conversation.ContactPhone);
        Assert.False(_conversation.Urgent);
    }

    private void AssertCalls(params string[] expected) => Assert.Equal(expected, _turn.Calls);

    private Task Fire(Trigger trigger) => trigger switch
    {
        Trigger.Start => _machine.StartAsync(),
        Trigger.ShowMenu => _machine.ShowMenuAsync(),
        Trigger.Expire => _machine.ExpireAsync(),
        Trigger.Agree => _machine.AgreeAsync(),
        Trigger.Decline => _machine.DeclineAsync(),
        Trigger.OpenInformation => _machine.OpenInformationAsync(),
        Trigger.ChooseTopic => _machine.ChooseTopicAsync("konseling"),
        Trigger.ReportEmergency => _machine.ReportEmergencyAsync(),
        Trigger.RequestHelp => _machine.RequestHelpAsync(),
        Trigger.RequestUrgentHelp => _machine.RequestUrgentHelpAsync(),
        Trigger.WriteToCase => _machine.WriteToCaseAsync("pesan"),
        Trigger.ChooseCategory => _machine.ChooseCategoryAsync(ProblemCategory.Other),
        Trigger.ChooseRecipient => _machine.ChooseRecipientAsync(HelpRecipient.SomeoneElse),
        Trigger.Describe => _machine.DescribeAsync("cerita"),
        Trigger.ChooseKecamatan => _machine.ChooseKecamatanAsync(Kecamatan.OutsideBontang),
        Trigger.ChooseChatContact => _machine.ChooseChatContactAsync(),
        Trigger.ChoosePhoneContact => _machine.ChoosePhoneContactAsync(),
        Trigger.GivePhoneNumber => _machine.GivePhoneNumberAsync(Phone),
        Trigger.AnswerDanger => _machine.AnswerDangerAsync(true),
        Trigger.Confirm => _machine.ConfirmAsync(),
        Trigger.Edit => _machine.EditAsync(),
        Trigger.Cancel => _machine.CancelAsync(),
        Trigger.OpenNews => _machine.OpenNewsAsync(),
        Trigger.Subscribe => _machine.SubscribeAsync(LK3.Intake.Broadcasts.NewsTopic.GeneralNews),
        Trigger.RequestErasure => _machine.RequestErasureAsync(),
        Trigger.ConfirmErasure => _machine.ConfirmErasureAsync(),
        _ => throw new ArgumentOutOfRangeException(nameof(trigger), trigger, null),
    };
}
