using LK3.Intake.Cases;
using LK3.Intake.Conversations;
using LK3.Intake.Understanding;
using State = LK3.Intake.Conversations.ConversationState;
using Trigger = LK3.Intake.Conversations.ConversationTrigger;

namespace LK3.Intake.Tests.Conversations;

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
        AssertCalls("ShowEmergencyNumbers", "MarkOpenCaseUrgent", "Ask:Emergency");
    }

    [Fact]
    public async Task TellProblem_from_New_keeps_the_words_and_asks_for_consent_first()
    {
        await _machine.TellProblemAsync("anak sy sering bolos sekolah gmn ya");

        Assert.Equal(State.AwaitingConsent, _conversation.State);
        Assert.Equal("anak sy sering bolos sekolah gmn ya", _conversation.HeldText);
        Assert.Equal(PendingHelp.Help, _conversation.PendingHelp);
        AssertCalls($"Say:{T.Greeting}\n{T.ProblemHeldForConsent}", "Ask:AwaitingConsent");
    }

    [Fact]
    public async Task AskAbout_from_New_keeps_the_question_and_asks_for_consent_first()
    {
        await _machine.AskAboutAsync("alamat");

        Assert.Equal(State.AwaitingConsent, _conversation.State);
        Assert.Equal("alamat", _conversation.TopicKey);
        Assert.Equal(PendingHelp.Topic, _conversation.PendingHelp);
        AssertCalls($"Say:{T.Greeting}\n{T.QuestionHeldForConsent}", "Ask:AwaitingConsent");
    }

    [Theory]
    [InlineData(Danger.SelfHarm, true)]
    [InlineData(Danger.Weapon, false)]
    public async Task ReportDanger_from_New_shows_the_numbers_without_consent_and_keeps_the_words(Danger danger, bool selfHarm)
    {
        await _machine.ReportDangerAsync("tolong suami sy bawa pisau", danger);

        Assert.Equal(State.Emergency, _conversation.State);
        Assert.Equal(selfHarm, _conversation.SelfHarm);
        Assert.Equal("tolong suami sy bawa pisau", _conversation.HeldText);
        AssertCalls("ShowEmergencyNumbers", "MarkOpenCaseUrgent", "Ask:Emergency");
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
        AssertCalls("ShowEmergencyNumbers", "MarkOpenCaseUrgent", "Ask:Emergency");
    }

    [Theory]
    [InlineData(State.MainMenu)]
    [InlineData(State.AwaitingConsent)]
    [InlineData(State.Emergency)]
    [InlineData(State.ConfirmingErasure)]
    public async Task ReportDanger_outside_the_intake_shows_the_numbers_raises_the_alarm_then_passes_the_words_to_the_open_case(State from)
    {
        Given(from, openCase: true);

        await _machine.ReportDangerAsync("suami sy mukul sy tadi malam", Danger.BeingHurt);

        Assert.Equal(State.Emergency, _conversation.State);
        Assert.Null(_conversation.HeldText);
        AssertCalls("ShowEmergencyNumbers", "MarkOpenCaseUrgent", "AddToOpenCase:suami sy mukul sy tadi malam", "Ask:Emergency");
    }

    [Theory]
    [InlineData(State.AskKecamatan)]
    [InlineData(State.ConfirmIntake)]
    public async Task ReportDanger_during_the_intake_marks_it_urgent_keeps_the_words_with_the_story_and_stays(State from)
    {
        Given(from);
        FillAnswers(urgent: false);

        await _machine.ReportDangerAsync("dia datang bawa golok", Danger.Weapon);

        Assert.Equal(from, _conversation.State);
        Assert.True(_conversation.Urgent);
        Assert.Equal("Saya dipukul suami.\ndia datang bawa golok", _conversation.Description);
        AssertCalls("ShowEmergencyNumbers", "MarkOpenCaseUrgent");
    }

    [Fact]
    public async Task ReportDanger_in_an_urgent_intake_shows_the_numbers_again_only_for_self_harm()
    {
        Given(State.AskKecamatan);
        FillAnswers(urgent: true);

        await _machine.ReportDangerAsync("dia masih di luar bawa parang", Danger.Weapon);
        await _machine.ReportDangerAsync("sy pengen mati aja", Danger.SelfHarm);

        Assert.True(_conversation.SelfHarm);
        AssertCalls("MarkOpenCaseUrgent", "ShowEmergencyNumbers", "MarkOpenCaseUrgent");
    }

    [Fact]
    public async Task ReportDanger_while_describing_leaves_the_words_to_become_the_description()
    {
        Given(State.AskDescription);

        await _machine.ReportDangerAsync("kadang kepikiran bunuh diri", Danger.SelfHarm);

        Assert.Equal(State.AskDescription, _conversation.State);
        Assert.True(_conversation.SelfHarm);
        Assert.Null(_conversation.Description);
        AssertCalls("ShowEmergencyNumbers", "MarkOpenCaseUrgent");
    }

    [Theory]
    [InlineData(State.MainMenu)]
    [InlineData(State.ReadingTopic)]
    public async Task TellProblem_with_consent_starts_the_intake_where_the_words_leave_it(State from)
    {
        foreach (var (guess, expected) in new (CategoryGuess?, State)[]
        {
            (new(ProblemCategory.Economic, Clear: true, 6), State.AskRecipient),
            (new(ProblemCategory.Economic, Clear: false, 2), State.ConfirmCategory),
            (null, State.AskCategory),
        })
        {
            Given(from, consent: true);
            _turn.Guess = guess;
            _turn.Calls.Clear();

            await _machine.TellProblemAsync("warung sy bangkrut");

            Assert.Equal(expected, _conversation.State);
            Assert.Equal("warung sy bangkrut", _conversation.Description);
            Assert.Equal(expected == State.AskCategory ? null : ProblemCategory.Economic, _conversation.Category);
            Assert.Null(_conversation.HeldText);
            AssertCalls($"Ask:{expected}");
        }
    }

    [Fact]
    public async Task The_word_darurat_on_an_open_case_raises_the_alarm_without_passing_the_word_on()
    {
        Given(State.MainMenu, openCase: true);

        await _machine.ReportDangerAsync("darurat!", Danger.AskedForEmergency);

        AssertCalls("ShowEmergencyNumbers", "MarkOpenCaseUrgent", "Ask:Emergency");
    }

    [Fact]
    public async Task TellProblem_without_consent_keeps_the_words_for_after_consent()
    {
        Given(State.MainMenu, consent: false);

        await _machine.TellProblemAsync("warung sy bangkrut");

        Assert.Equal(State.AwaitingConsent, _conversation.State);
        Assert.Equal("warung sy bangkrut", _conversation.HeldText);
        AssertCalls($"Say:{T.ConsentNeededForHelp}", "Ask:AwaitingConsent");
    }

    [Fact]
    public async Task TellProblem_again_before_consent_adds_to_the_words_kept()
    {
        Given(State.AwaitingConsent, consent: null);
        _conversation.Hold("suami sy selingkuh");
        _conversation.PendingHelp = PendingHelp.Help;

        await _machine.TellProblemAsync("sy mau cerai");

        Assert.Equal(State.AwaitingConsent, _conversation.State);
        Assert.Equal("suami sy selingkuh\nsy mau cerai", _conversation.HeldText);
        AssertCalls($"Say:{T.HeldMore}", "Ask:AwaitingConsent");
    }

    [Fact]
    public async Task AskAbout_again_before_consent_replaces_the_question()
    {
        Given(State.AwaitingConsent, consent: null);
        _conversation.TopicKey = "alamat";
        _conversation.PendingHelp = PendingHelp.Topic;

        await _machine.AskAboutAsync("biaya");

        Assert.Equal("biaya", _conversation.TopicKey);
        AssertCalls($"Say:{T.HeldMore}", "Ask:AwaitingConsent");
    }

    [Fact]
    public async Task AskAbout_is_refused_while_help_waits_for_consent()
    {
        Given(State.AwaitingConsent, consent: null);
        _conversation.PendingHelp = PendingHelp.Help;

        Assert.False(_machine.CanFire(Trigger.AskAbout));
        await Assert.ThrowsAsync<InvalidOperationException>(() => _machine.AskAboutAsync("biaya"));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_question_asked_before_consent_is_answered_whatever_the_answer(bool agree)
    {
        Given(State.AwaitingConsent, consent: null);
        _conversation.TopicKey = "alamat";
        _conversation.PendingHelp = PendingHelp.Topic;

        await (agree ? _machine.AgreeAsync() : _machine.DeclineAsync());

        Assert.Equal(State.ReadingTopic, _conversation.State);
        Assert.Equal("alamat", _conversation.TopicKey);
        Assert.Equal(PendingHelp.None, _conversation.PendingHelp);
        AssertCalls($"RecordConsent:{agree}", "Ask:ReadingTopic");
    }

    [Theory]
    [InlineData(true, State.AskRecipient)]
    [InlineData(false, State.ConfirmCategory)]
    public async Task Agreeing_after_telling_a_problem_starts_the_intake_with_its_words_and_category(bool clear, State expected)
    {
        Given(State.AwaitingConsent, consent: null);
        _conversation.Hold("suami sy mukul sy");
        _conversation.PendingHelp = PendingHelp.UrgentHelp;
        _turn.Guess = new CategoryGuess(ProblemCategory.DomesticViolence, clear, 8);

        await _machine.AgreeAsync();

        Assert.Equal(expected, _conversation.State);
        Assert.Equal("suami sy mukul sy", _conversation.Description);
        Assert.Equal(ProblemCategory.DomesticViolence, _conversation.Category);
        Assert.True(_conversation.Urgent);
        AssertCalls("RecordConsent:True", $"Ask:{expected}");
    }

    [Fact]
    public async Task Declining_after_telling_a_problem_drops_the_words()
    {
        Given(State.AwaitingConsent, consent: null);
        _conversation.Hold("suami sy mukul sy");
        _conversation.PendingHelp = PendingHelp.Help;

        await _machine.DeclineAsync();

        Assert.Equal(State.MainMenu, _conversation.State);
        Assert.Null(_conversation.HeldText);
        AssertCalls("RecordConsent:False", "Ask:MainMenu");
    }

    [Fact]
    public async Task RequestUrgentHelp_after_a_danger_message_starts_the_intake_with_its_words()
    {
        Given(State.Emergency, consent: true);
        _conversation.Hold("suami sy ngamuk bawa pisau");
        _turn.Guess = new CategoryGuess(ProblemCategory.DomesticViolence, Clear: true, 9);

        await _machine.RequestUrgentHelpAsync();

        Assert.Equal(State.AskRecipient, _conversation.State);
        Assert.True(_conversation.Urgent);
        Assert.Equal("suami sy ngamuk bawa pisau", _conversation.Description);
        Assert.Equal(ProblemCategory.DomesticViolence, _conversation.Category);
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
    [InlineData(State.Emergency)]
    public async Task WriteToCase_with_an_open_case_adds_the_text_and_stays(State from)
    {
        Given(from, openCase: true);

        await _machine.WriteToCaseAsync("Suami saya pulang lagi.");

        Assert.Equal(from, _conversation.State);
        AssertCalls("AddToOpenCase:Suami saya pulang lagi.", $"Ask:{from}");
    }

    [Fact]
    public async Task WriteToCase_after_reading_a_topic_adds_the_text_and_shows_the_menu_rather_than_the_topic_again()
    {
        Given(State.ReadingTopic, openCase: true);

        await _machine.WriteToCaseAsync("Suami saya pulang lagi.");

        Assert.Equal(State.MainMenu, _conversation.State);
        AssertCalls("AddToOpenCase:Suami saya pulang lagi.", "Ask:MainMenu");
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

    [Fact]
    public async Task Describe_with_the_kecamatan_told_before_takes_it_and_asks_the_contact_method()
    {
        Given(State.AskDescription);
        _conversation.Kecamatan = Kecamatan.BontangUtara;

        await _machine.DescribeAsync("Anak saya tidak mau sekolah.");

        Assert.Equal(State.AskContactMethod, _conversation.State);
        Assert.Equal(Kecamatan.BontangUtara, _conversation.Kecamatan);
        AssertCalls("Ask:AskContactMethod");
    }

    [Theory]
    [InlineData(ContactMethod.ThisChat, null, State.AskDanger)]
    [InlineData(ContactMethod.PhoneCall, Phone, State.AskDanger)]
    [InlineData(ContactMethod.PhoneCall, null, State.AskPhoneNumber)]
    public async Task ChooseKecamatan_with_the_contact_told_before_takes_it(ContactMethod told, string? phone, State next)
    {
        Given(State.AskKecamatan);
        _conversation.ContactMethod = told;
        _conversation.ContactPhone = phone;

        await _machine.ChooseKecamatanAsync(Kecamatan.BontangBarat);

        Assert.Equal(next, _conversation.State);
        Assert.Equal((told, phone), (_conversation.ContactMethod!.Value, _conversation.ContactPhone));
        AssertCalls($"Ask:{next}");
    }

    [Fact]
    public async Task Answers_told_before_their_questions_on_an_urgent_intake_lead_to_the_summary()
    {
        Given(State.AskDescription);
        _conversation.Urgent = true;
        _conversation.Kecamatan = Kecamatan.BontangSelatan;
        _conversation.ChooseChatContact();

        await _machine.DescribeAsync("Anak saya hilang.");

        Assert.Equal(State.ConfirmIntake, _conversation.State);
        AssertCalls("Ask:ConfirmIntake");
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
    public async Task Edit_asks_which_answer_to_change_keeping_them_all(bool urgent)
    {
        Given(State.ConfirmIntake);
        FillAnswers(urgent);

        await _machine.EditAsync();

        Assert.Equal(State.ChoosingAnswer, _conversation.State);
        Assert.Equal(urgent, _conversation.Urgent);
        Assert.Equal(ProblemCategory.DomesticViolence, _conversation.Category);
        Assert.Equal(Phone, _conversation.ContactPhone);
        AssertCalls("Ask:ChoosingAnswer");
    }

    [Fact]
    public async Task BackToSummary_shows_the_summary_again()
    {
        Given(State.ChoosingAnswer);
        FillAnswers();

        await _machine.BackToSummaryAsync();

        Assert.Equal(State.ConfirmIntake, _conversation.State);
        AssertCalls("Ask:ConfirmIntake");
    }

    [Theory]
    [InlineData(State.ConfirmIntake, IntakeQuestion.Category, State.AskCategory)]
    [InlineData(State.ConfirmIntake, IntakeQuestion.Recipient, State.AskRecipient)]
    [InlineData(State.ChoosingAnswer, IntakeQuestion.Description, State.AskDescription)]
    [InlineData(State.ConfirmIntake, IntakeQuestion.Kecamatan, State.AskKecamatan)]
    [InlineData(State.ChoosingAnswer, IntakeQuestion.Contact, State.AskContactMethod)]
    [InlineData(State.ConfirmIntake, IntakeQuestion.Danger, State.AskDanger)]
    public async Task ChangeAnswer_asks_that_question_again_keeping_the_other_answers(State from, IntakeQuestion question, State expected)
    {
        Given(from);
        FillAnswers();

        await _machine.ChangeAnswerAsync(question);

        Assert.Equal(expected, _conversation.State);
        Assert.True(_conversation.ChangingAnswer);
        Assert.Equal(Kecamatan.BontangSelatan, _conversation.Kecamatan);
        Assert.Equal("Saya dipukul suami.", _conversation.Description);
        AssertCalls($"Ask:{expected}");
    }

    [Fact]
    public async Task Each_answer_changed_from_the_summary_goes_back_to_the_summary()
    {
        var answers = new (State Asked, Func<Task> Answer, Func<bool> Changed)[]
        {
            (State.AskCategory, () => _machine.ChooseCategoryAsync(ProblemCategory.Other), () => _conversation.Category == ProblemCategory.Other),
            (State.AskRecipient, () => _machine.ChooseRecipientAsync(HelpRecipient.SomeoneElse), () => _conversation.Recipient == HelpRecipient.SomeoneElse),
            (State.AskDescription, () => _machine.DescribeAsync("Cerita baru."), () => _conversation.Description == "Cerita baru."),
            (State.AskKecamatan, () => _machine.ChooseKecamatanAsync(Kecamatan.BontangBarat), () => _conversation.Kecamatan == Kecamatan.BontangBarat),
            (State.AskContactMethod, () => _machine.ChooseChatContactAsync(), () => _conversation.ContactMethod == ContactMethod.ThisChat),
            (State.AskContactMethod, () => _machine.GivePhoneNumberAsync("+6281299998888", "siang saja"), () => _conversation.ContactNote == "siang saja"),
            (State.AskPhoneNumber, () => _machine.GivePhoneNumberAsync("+6281299998888"), () => _conversation.ContactPhone == "+6281299998888"),
        };
        foreach (var (asked, answer, changed) in answers)
        {
            Given(asked);
            FillAnswers(urgent: false);
            _conversation.ChangingAnswer = true;

            await answer();

            Assert.Equal(State.ConfirmIntake, _conversation.State);
            Assert.True(changed(), $"The answer given at {asked} was not kept.");
            Assert.False(_conversation.ChangingAnswer);
        }
    }

    [Fact]
    public async Task An_urgent_intake_is_not_asked_about_danger_again()
    {
        Given(State.AskContactMethod);
        FillAnswers(urgent: true);

        await _machine.ChooseChatContactAsync();

        Assert.Equal(State.ConfirmIntake, _conversation.State);
        AssertCalls("Ask:ConfirmIntake");
    }

    [Fact]
    public async Task AcceptCategory_keeps_the_category_guessed_and_asks_the_recipient()
    {
        Given(State.ConfirmCategory);
        _conversation.Category = ProblemCategory.Youth;

        await _machine.AcceptCategoryAsync();

        Assert.Equal(State.AskRecipient, _conversation.State);
        Assert.Equal(ProblemCategory.Youth, _conversation.Category);
        AssertCalls("Ask:AskRecipient");
    }

    [Fact]
    public async Task RejectCategory_forgets_the_guess_and_offers_the_categories()
    {
        Given(State.ConfirmCategory);
        _conversation.Category = ProblemCategory.Youth;

        await _machine.RejectCategoryAsync();

        Assert.Equal(State.AskCategory, _conversation.State);
        Assert.Null(_conversation.Category);
        AssertCalls("Ask:AskCategory");
    }

    [Fact]
    public async Task ChooseCategory_instead_of_the_guess_stores_the_one_named()
    {
        Given(State.ConfirmCategory);
        _conversation.Category = ProblemCategory.Youth;

        await _machine.ChooseCategoryAsync(ProblemCategory.Economic);

        Assert.Equal(State.AskRecipient, _conversation.State);
        Assert.Equal(ProblemCategory.Economic, _conversation.Category);
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
    [InlineData(State.MainMenu, Trigger.AskAbout)]
    [InlineData(State.AskKecamatan, Trigger.TellProblem)]
    [InlineData(State.MainMenu, Trigger.AcceptCategory)]
    [InlineData(State.AskRecipient, Trigger.RejectCategory)]
    [InlineData(State.AskKecamatan, Trigger.ChangeAnswer)]
    [InlineData(State.AskDanger, Trigger.BackToSummary)]
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
        Trigger.AskAbout => _machine.AskAboutAsync("alamat"),
        Trigger.TellProblem => _machine.TellProblemAsync("masalah"),
        Trigger.ReportDanger => _machine.ReportDangerAsync("pisau", Danger.Weapon),
        Trigger.AcceptCategory => _machine.AcceptCategoryAsync(),
        Trigger.RejectCategory => _machine.RejectCategoryAsync(),
        Trigger.ChangeAnswer => _machine.ChangeAnswerAsync(IntakeQuestion.Kecamatan),
        Trigger.BackToSummary => _machine.BackToSummaryAsync(),
        _ => throw new ArgumentOutOfRangeException(nameof(trigger), trigger, null),
    };
}
