using System.Globalization;
using LK3.Intake.Broadcasts;
using LK3.Intake.Cases;
using LK3.Intake.Clients;
using LK3.Intake.Counsellors;
using LK3.Intake.Data;
using LK3.Intake.FollowUps;
using LK3.Intake.Information;
using LK3.Intake.Understanding;
using Microsoft.EntityFrameworkCore;

namespace LK3.Intake.Conversations;

/// <summary>One incoming activity being answered: the facts the machine's guards read and the effects it causes.</summary>
internal sealed partial class ConversationTurn(
    IntakeDbContext db,
    Client client,
    Conversation conversation,
    bool? consent,
    IntakeCase? openCase,
    Subscription? subscription,
    InformationCatalog catalog,
    CaseAssignment assignment,
    CaseRelay relay,
    ClientErasure erasure,
    OfficeHours officeHours,
    OfficeFacts office,
    DateTimeOffset now,
    string? ownPhoneNumber) : IConversationTurn
{
    private readonly List<Reply> _replies = [];
    private readonly Dictionary<string, CategoryGuess?> _categories = new(StringComparer.Ordinal);
    private bool? _consent = consent;
    private IntakeCase? _openCase = openCase;
    private Subscription? _subscription = subscription;
    private bool _erased;
    private string? _problemToldWithRefusal;

    public IReadOnlyList<Reply> Replies => _replies;

    /// <summary>What the family's next turn may know without reading it again; nothing once the family is erased.</summary>
    public FamilyState? Left => _erased ? null : new FamilyState(client, _consent, _openCase is not null, _subscription is not null);
    public ConversationTexts Texts => ConversationTexts.For(client.Language);
    public bool HasAnsweredConsent => _consent.HasValue;
    public bool HasConsent => _consent == true;
    public bool HasOpenCase => _openCase is not null;

    /// <summary>
    /// What a typed message wants, read against this office's information topics; what was read ahead of the turn is taken
    /// when it is this message read against these topics.
    /// </summary>
    public Understood Understand(string text, UnderstoodAhead? ahead = null) =>
        ahead is not null && ReferenceEquals(ahead.Catalog, catalog) && ahead.Text == text ? ahead.Understood : catalog.Understand(text);

    public CategoryGuess? CategoryOf(string? story)
    {
        if (story is null) return null;
        if (!_categories.TryGetValue(story, out var guess)) _categories[story] = guess = CategoryClassifier.Guess(TypedTextReader.Read(story));
        return guess;
    }

    public bool TellsAProblem(string text) => CategoryOf(text) is not null || TypedTextReader.Read(text).ContentWords() > MaxWordsOfAPlea;

    /// <summary>"sy butuh bantuan", "bu sy mau cerita", "sy bingung hrs gmn": words asking for help without telling the problem.</summary>
    private const int MaxWordsOfAPlea = 3;

    /// <summary>A topic's answer said in the middle of another question, which is asked again after it.</summary>
    public void AnswerTopic(string key)
    {
        if (TopicBody(key) is { } body) Say(body);
    }

    /// <summary>After two messages not understood: the conversation is flagged for staff, and the family told when to expect them.</summary>
    public void OfferPerson()
    {
        conversation.WantsPersonSince ??= now;
        var offer = ReplyMarkup.Format(Texts.PersonOffered, office.Hours(client.Language));
        if (!officeHours.IsOpen(now)) offer += "\n" + ReplyMarkup.Format(Texts.PersonOfferedClosed, Opening());
        Say(offer);
    }

    public bool IsEnglish => client.Language == Languages.English;

    /// <summary>Answers in the language the family wrote in from its first message on, without a word about it.</summary>
    public void UseLanguageQuietly(string language) => client.Language = language;

    public void SetLanguage(string language)
    {
        client.Language = language;
        Say(t => t.LanguageChanged);
    }

    public void Subscribe(NewsTopic topic)
    {
        if (_subscription is null)
        {
            _subscription = new Subscription { ClientId = client.Id };
            db.Subscriptions.Add(_subscription);
        }
        _subscription.Add(topic, now);
        Say(t => ReplyMarkup.Format(t.Subscribed, t.NewsTopics[topic]));
    }

    public async Task EraseAsync()
    {
        // Said first, so that the confirmation goes to the chat before it is forgotten.
        Say(t => t.Erased);
        await erasure.EraseAsync(client.Id, ErasureRequester.Family, CancellationToken.None);
        _erased = true;
        _openCase = null;
        _subscription = null;
    }

    /// <summary>/berhenti: no broadcast reaches the family any more, confirmed at once.</summary>
    public void StopSubscription()
    {
        if (_subscription is not { IsActive: true } active)
        {
            Say(t => t.NotSubscribed);
            return;
        }
        active.Stop(now);
        Say(t => t.Unsubscribed);
    }

    /// <summary>The topics the family hears about now.</summary>
    private IReadOnlyList<NewsTopic> SubscribedTopics => _subscription is { IsActive: true } active ? active.Topics : [];

    public Task AskAsync()
    {
        var prompt = CurrentPrompt();
        _replies.Add(new Reply(prompt.Text, [.. prompt.Choices.Select(c => new ReplyButton(c.Id, c.Label))])
        {
            Urgent = conversation.State == ConversationState.Emergency,
        });
        return Task.CompletedTask;
    }

    public void Say(Func<ConversationTexts, string> text) => _replies.Add(new Reply(text(Texts)));

    private void Say(string text) => _replies.Add(new Reply(text));

    public void RecordConsent(bool granted)
    {
        AddConsent(granted);
        if (granted) Say(t => t.ConsentThanks);
        else if (_problemToldWithRefusal is { } problem) SayWhereHelpIs(problem);
        else Say(t => t.ConsentDeclined);
    }

    /// <summary>
    /// "setuju. suami sy lg mabuk bawa pisau" at the privacy question: the consent told with the danger, recorded after the
    /// numbers without a word more, so that asking for help next needs no second notice.
    /// </summary>
    public void RecordConsentToldWithDanger() => AddConsent(granted: true);

    private void AddConsent(bool granted)
    {
        client.Consents.Add(new ConsentRecord
        {
            Granted = granted,
            NoticeVersion = ConversationTexts.NoticeVersion,
            Language = client.Language,
            RecordedAt = now,
        });
        _consent = granted;
    }

    /// <summary>
    /// "tidak, sy dipukul suami": the no stands and her words are not kept, but she is told where help is without this
    /// chat (when the office's address or numbers are set) — and, for violence, the emergency numbers.
    /// </summary>
    private void SayWhereHelpIs(string problem)
    {
        Say(office.CanBeReachedOutsideTheChat ? office.FillKnown(Texts.ConsentDeclinedWithProblem, client.Language) : Texts.ConsentDeclined);
        if (CategoryClassifier.TellsOfHarm(TypedTextReader.Read(problem))) ShowEmergencyNumbers();
    }

    public void ShowEmergencyNumbers() => _replies.Add(new Reply(EmergencyText()) { Urgent = true });

    public async Task MarkOpenCaseUrgentAsync()
    {
        if (_openCase is not { } openCase) return;
        var wasUrgent = openCase.Urgent;
        openCase.Urgent = true;
        await assignment.EscalateAsync(openCase);
        if (!wasUrgent) Say(ReplyMarkup.Format(Texts.EmergencyCaseMarkedUrgent, openCase.Reference));
    }

    public async Task AddToOpenCaseAsync(string text)
    {
        var openCase = _openCase ?? throw new InvalidOperationException("No open case to add to.");
        var forwarded = await relay.FromFamilyAsync(openCase, text);
        Say(ReplyMarkup.Format(forwarded ? Texts.AddedToCase : Texts.AddedToWaitingCase, openCase.Reference));
    }

    public async Task SubmitCaseAsync()
    {
        var year = now.ToOfficeTime().Year;
        var number = await NextCaseNumberAsync(year);
        var intakeCase = new IntakeCase
        {
            Year = year,
            Number = number,
            ClientId = client.Id,
            Channel = client.Channel,
            Category = conversation.Category ?? throw MissingAnswer(nameof(conversation.Category)),
            Recipient = conversation.Recipient ?? throw MissingAnswer(nameof(conversation.Recipient)),
            Description = conversation.Description ?? throw MissingAnswer(nameof(conversation.Description)),
            Kecamatan = conversation.Kecamatan ?? throw MissingAnswer(nameof(conversation.Kecamatan)),
            ContactMethod = conversation.ContactMethod ?? throw MissingAnswer(nameof(conversation.ContactMethod)),
            ContactPhone = conversation.ContactPhone,
            ContactNote = conversation.ContactNote,
            Urgent = conversation.Urgent,
            ContinuingClient = await HadCase.For(db)(db, client.Id),
            CreatedAt = now,
        };
        db.Cases.Add(intakeCase);
        _openCase = intakeCase;
        await assignment.OfferAsync(intakeCase);
        Say(ReplyMarkup.Format(intakeCase.Urgent ? Texts.CaseCreatedUrgent : Texts.CaseCreated, intakeCase.Reference, office.Hours(client.Language)));
        if (!officeHours.IsOpen(now))
        {
            Say(ReplyMarkup.Format(Texts.OfficeClosed, Opening()));
            ShowEmergencyNumbers();
        }
        // After asking for help, the family may also want to hear of classes and assistance: an invitation, never an opt-in by
        // itself, and never to someone who has just told of danger.
        if (SubscribedTopics.Count == 0 && !intakeCase.Urgent) Say(t => t.NewsInvitation);
    }

    /// <summary>Compiled: asked for every case made.</summary>
    private static readonly CompiledPerModel<Func<IntakeDbContext, int, Task<bool>>> HadCase =
        new(() => EF.CompileAsyncQuery((IntakeDbContext db, int clientId) => db.Cases.Any(c => c.ClientId == clientId)));

    /// <summary>Takes the next number of the year; the caller's transaction keeps the counter locked until it commits.</summary>
    private Task<int> NextCaseNumberAsync(int year) => CaseNumbers.NextAsync(db, year);

    public async Task SayStatusAsync()
    {
        var latest = await db.Cases.Where(c => c.ClientId == client.Id).OrderByDescending(c => c.Id).FirstOrDefaultAsync();
        if (latest is null)
        {
            Say(Texts.StatusNoCase);
            return;
        }
        var status = ReplyMarkup.Format(Texts.StatusCase, latest.Reference,
            latest.CreatedAt.ToOfficeTime().ToString("dd/MM/yyyy", CultureInfo.InvariantCulture), Texts.Stages[latest.Stage]);
        // "kapan sy dihubungi?": a case no counsellor has taken further is told who will contact the family, and when; an urgent
        // one outside office hours is given the emergency numbers again, as when it was sent.
        var waiting = latest.Stage == CaseStage.InitialContact;
        var closed = waiting && !officeHours.IsOpen(now);
        if (waiting) status += " " + ReplyMarkup.Format(Texts.StatusWaiting, office.Hours(client.Language));
        if (closed) status += "\n" + ReplyMarkup.Format(Texts.StatusOfficeClosed, Opening());
        Say(status);
        if (closed && latest.Urgent) ShowEmergencyNumbers();
    }

    public void SwitchLanguage() => SetLanguage(Languages.Other(client.Language));

    /// <summary>The emergency numbers, or after a message of self-harm the crisis message with its own numbers; never missing.</summary>
    private string EmergencyText() =>
        (conversation.SelfHarm ? TopicBody(InformationCatalog.CrisisKey) : null)
        ?? TopicBody(InformationCatalog.EmergencyKey)
        ?? Texts.EmergencyNumbersFallback;

    /// <summary>A topic's text in the family's language, with the office's facts filled in from settings.</summary>
    private string? TopicBody(string? key) => catalog.Find(key, client.Language)?.Body is { } body ? office.Fill(body, client.Language) : null;

    private string Opening() =>
        officeHours.NextOpening(now).ToOfficeTime().ToString(Texts.OpeningFormat, CultureInfo.GetCultureInfo(Texts.Culture));


    private static InvalidOperationException MissingAnswer(string answer) => new($"The intake was confirmed without {answer}.");
}
