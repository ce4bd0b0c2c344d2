using LK3.Intake.Cases;
using LK3.Intake.Clients;
using LK3.Intake.Counsellors;
using LK3.Intake.Data;
using LK3.Intake.FollowUps;
using LK3.Intake.Information;
using LK3.Intake.Understanding;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LK3.Intake.Conversations;

/// <summary>
/// Answers one activity from any channel: loads the family's conversation, runs the machine and
/// returns the replies. It changes the tracked entities and leaves saving to the caller, so that
/// the new state, the replies to send and the handled update are stored together.
/// </summary>
public sealed class ConversationEngine(
    IntakeDbContext db,
    CounsellorDesk counsellors,
    CaseAssignment assignment,
    CaseRelay relay,
    ClientErasure erasure,
    OfficeHours officeHours,
    OfficeFacts office,
    InformationCatalogCache catalogs,
    ConversationMachines machines,
    TimeProvider time,
    IOptions<ConversationOptions> options)
{
    /// <summary>Whole messages that stop broadcasts, as well as /berhenti.</summary>
    private static readonly HashSet<string> StopWords = ["berhenti", "stop", "unsubscribe", "berhenti langganan"];

    public async Task<IReadOnlyList<Reply>> HandleAsync(IncomingActivity activity, CancellationToken cancellationToken = default) =>
        (await HandleAsync(activity, known: null, cancellationToken)).Replies;

    /// <summary>
    /// Answers the activity knowing what the family's last turn left (<paramref name="known"/>, attached to the context and
    /// read no more); returns the replies and what this turn leaves, none for a counsellor's chat or an erased family.
    /// </summary>
    public async Task<(IReadOnlyList<Reply> Replies, FamilyState? Left)> HandleAsync(
        IncomingActivity activity, FamilyState? known, CancellationToken cancellationToken)
    {
        activity = activity with { Text = ConversationLimits.WithoutControlCharacters(activity.Text) };
        var loaded = known is null ? await LoadFamilyAsync(activity, cancellationToken) : null;
        // The family's own read says whether the chat is also a counsellor's, so only then is the counsellors' table read.
        var knownFamily = known is not null || loaded is { IsCounsellorsChat: false };
        if (await counsellors.TryHandleAsync(activity, knownFamily, cancellationToken) is { } counsellorReplies)
        {
            return (counsellorReplies, null);
        }

        var now = time.GetUtcNow();
        if (known is not null) db.Clients.Attach(known.Client);
        else known = loaded?.State;
        var client = known?.Client ?? NewClient(activity, now);
        // The client's row is written only when this changes it: a delivery that found the family unreachable since their
        // last turn saved that through EF Core, which forgot the kept state, so a kept client is as the database has it.
        client.UnreachableSince = null;
        var conversation = client.Conversation ??= new Conversation { LastActivityAt = now };
        var idle = now - conversation.LastActivityAt > options.Value.IdleTimeout;
        conversation.LastActivityAt = now;

        // Someone writing for the first time (known is null) has no consent, case or subscription yet.
        var consent = known?.Consent;
        var openCase = known is { HasOpenCase: true }
            ? await db.Cases.Where(c => c.ClientId == client.Id && c.Stage != CaseStage.Closed).OrderByDescending(c => c.Id)
                .FirstOrDefaultAsync(cancellationToken)
            : null;
        var subscription = known is { HasSubscription: true }
            ? await db.Subscriptions.FirstOrDefaultAsync(s => s.ClientId == client.Id, cancellationToken)
            : null;
        var turn = new ConversationTurn(
            db,
            client,
            conversation,
            consent,
            openCase,
            subscription,
            await catalogs.GetAsync(db, cancellationToken),
            assignment,
            relay,
            erasure,
            officeHours,
            office,
            now,
            activity.OwnPhoneNumber);
        var machine = machines.Rent(conversation, turn);
        await DispatchAsync(activity, conversation, machine, turn, idle);
        machines.Return(machine);
        return (turn.Replies, turn.Left);
    }

    /// <summary>
    /// What the family's last turn would have left, in one read (tracked: this turn changes it), and whether the chat is also
    /// a counsellor's; none when the chat is new. The open case and the subscription are read after it only when there are any.
    /// </summary>
    private Task<LoadedFamily?> LoadFamilyAsync(IncomingActivity activity, CancellationToken cancellationToken) =>
        LoadFamily.For(db)(db, activity.Channel, activity.ChatId, cancellationToken);

    /// <summary>Compiled: read for every chat not kept in memory (each new family's first message), and a large expression to look up.</summary>
    private static readonly CompiledPerModel<Func<IntakeDbContext, string, string, CancellationToken, Task<LoadedFamily?>>> LoadFamily =
        new(() => EF.CompileAsyncQuery((IntakeDbContext db, string channel, string chatId, CancellationToken cancellationToken) => db.Clients
            .Where(c => c.Channel == channel && c.ChatId == chatId)
            .Select(c => new LoadedFamily(
                c,
                c.Conversation,
                db.ConsentRecords.Where(r => r.ClientId == c.Id).OrderByDescending(r => r.Id).Select(r => (bool?)r.Granted).FirstOrDefault(),
                db.Cases.Any(k => k.ClientId == c.Id && k.Stage != CaseStage.Closed),
                db.Subscriptions.Any(s => s.ClientId == c.Id),
                // CounsellorQueries.At, written against the client's row so that it stays inside this one statement.
                db.Counsellors.Any(k => k.Contact != null && k.Contact.Channel == c.Channel && k.Contact.ChatId == c.ChatId)))
            .FirstOrDefault()));

    private sealed record LoadedFamily(
        Client Client, Conversation? Conversation, bool? Consent, bool HasOpenCase, bool HasSubscription, bool IsCounsellorsChat)
    {
        public FamilyState State => new(Client, Consent, HasOpenCase, HasSubscription);
    }

    private Client NewClient(IncomingActivity activity, DateTimeOffset now)
    {
        var client = new Client
        {
            Channel = activity.Channel,
            ChatId = activity.ChatId,
            Language = activity.LanguageHint?.StartsWith(Languages.English, StringComparison.OrdinalIgnoreCase) == true
                ? Languages.English
                : Languages.Indonesian,
            FirstSeenAt = now,
        };
        db.Clients.Add(client);
        return client;
    }

    private static async Task DispatchAsync(IncomingActivity activity, Conversation conversation, ConversationMachine machine, ConversationTurn turn, bool idle)
    {
        // A button can also stand for a command ("/menu", "/batal", "/darurat"), so it works on any older message too.
        var text = activity.Kind switch
        {
            ActivityKind.Text => activity.Text?.Trim() ?? "",
            ActivityKind.Choice when activity.ChoiceId?.StartsWith('/') == true => activity.ChoiceId,
            _ => null,
        };
        if (text is { Length: > ConversationLimits.MaxTextLength })
        {
            // A long story may end in danger ("… skrg dia lg pegang pisau di dapur"): the numbers never wait for a shorter one,
            // and the words are kept whole with the story.
            var longDanger = activity.Kind == ActivityKind.Text ? turn.Understand(text).Danger : Danger.None;
            if (longDanger == Danger.None)
            {
                turn.Say(t => string.Format(CultureInfo.InvariantCulture, t.TooLong, ConversationLimits.MaxTextLength));
                await AskOrStartAsync(machine, turn);
                return;
            }
            var atTheStory = machine.State == ConversationState.AskDescription;
            await machine.ReportDangerAsync(text, longDanger);
            // At the story question the danger is the story (the machine leaves it to the answer).
            if (atTheStory) await machine.DescribeAsync(text);
            return;
        }
        if (text is not null && StopWords.Contains(InformationCatalog.NormalizeWords(text)))
        {
            // "stop" or "berhenti" alone in the middle of the intake is a family that must stop writing: one short word (news are
            // stopped by "berhenti langganan" or the command).
            if (activity.Kind == ActivityKind.Text && IsIntake(machine.State) && !text.Contains(' ', StringComparison.Ordinal)) turn.Say(t => t.TalkLater);
            else await RunCommandAsync("/berhenti", machine, turn);
            return;
        }
        if (text is not null && text.StartsWith('/'))
        {
            await RunCommandAsync(text, machine, turn);
            return;
        }

        var misses = conversation.Misses;
        conversation.Misses = 0;
        var message = activity.Kind == ActivityKind.Text && text is { Length: > 0 } ? turn.Understand(text, activity.ReadAhead) : null;

        // The language the family writes in outweighs the phone's (many Indonesian phones are set to English), from the first
        // reply on, the emergency numbers included; up to the privacy answer, as a first "halo" says little.
        if (machine.State is ConversationState.New or ConversationState.AwaitingConsent && message is not null) UseTheLanguageWrittenIn(message, turn);

        // Danger first, in every state: the numbers store nothing, so they never wait for consent.
        var dangerShown = false;
        if (message is { Danger: not Danger.None } danger)
        {
            var consentsToo = machine.State == ConversationState.AwaitingConsent && AnswerReader.Consent(message.Text) == true;
            await machine.ReportDangerAsync(text!, danger.Danger);
            if (consentsToo) turn.RecordConsentToldWithDanger();
            if (!IsIntake(machine.State)) return;
            dangerShown = true;
        }

        if (machine.State == ConversationState.New)
        {
            await FirstMessageAsync(message, machine, turn);
            return;
        }
        // "suami sy dtg, udh dulu ya": a short word and nothing shown again (no story, no summary) for whoever looks on;
        // the question waits for the family's return.
        // "hapus semua bu suami dtg": how to hide the chat, as nothing here can reach into the family's phone.
        if (message is { Category: null } && !dangerShown && machine.State != ConversationState.AskDanger && AnswerReader.MustStopNow(message.Text))
        {
            turn.Say(t => AnswerReader.WantsChatHidden(message.Text) ? t.HideChatNow : t.TalkLater);
            return;
        }

        var prompt = turn.CurrentPrompt();
        var choice = activity.Kind switch
        {
            ActivityKind.Choice => prompt.FindById(activity.ChoiceId),
            ActivityKind.Text => prompt.FindByText(text!),
            _ => null,
        };
        if (choice is not null)
        {
            await choice.Choose(machine);
            return;
        }
        // The story question takes any words, so there an answer to a later question ("loktuan", "telpon aja") is looked for first.
        var storyAsked = machine.State == ConversationState.AskDescription;
        if (message is not null)
        {
            if (await CommandInWordsAsync(message, machine, turn)) return;
            // "rahasia kan?", "takut ketahuan" where any words would be taken as the story or a wish: answered first. With a case
            // open they are for the counsellor; at the other questions each answer is looked for first (AnswerPrivacyWorryAsync).
            var anyWordsTaken = storyAsked || !IsIntake(machine.State) && machine.State != ConversationState.AwaitingConsent && !turn.HasOpenCase;
            if (anyWordsTaken && await AnswerPrivacyWorryAsync(message, turn)) return;
            // "tambah cerita: bapaknya jg suka mabuk" at a question of the intake: the words join the story, the question is asked again.
            if (IsIntake(machine.State) && !storyAsked && !dangerShown && AnswerReader.AddedToStory(message.Text) is { } added)
            {
                conversation.AddToStory(added);
                turn.Say(t => t.HeldMore);
                await turn.AskAsync();
                return;
            }
            if (storyAsked && await turn.KeptAnswerToComingQuestionAsync(message)) return;
            if (prompt.OnText is { } onText && await onText(machine, message)) return;
        }
        // Something that answers nothing here, after a long silence: start again from the menu rather than puzzle the family.
        if (idle && machine.State != ConversationState.MainMenu)
        {
            await machine.ExpireAsync();
            return;
        }
        if (message is not null && !storyAsked && IsIntake(machine.State) && await turn.KeptAnswerToComingQuestionAsync(message)) return;
        if (message is not null && IsIntake(machine.State) && !dangerShown && await AnswerPrivacyWorryAsync(message, turn)) return;
        if (message is not null && await AnswerAsideAsync(message, conversation, machine, turn, dangerShown)) return;
        switch (activity.Kind)
        {
            case ActivityKind.Choice:
                turn.Say(t => t.StaleButton);
                break;
            case ActivityKind.Text when dangerShown:
                break;
            // "maksudnya?", "kenapa ditanya?": what can be answered here, never "not understood" nor a step towards a person.
            // "gk tau masuk yg mana bu" at the categories is a family that need not choose: the hint says to tell it instead.
            case ActivityKind.Text when message is not null
                && (AnswerReader.DoesNotUnderstand(message.Text) || machine.State == ConversationState.AskCategory && AnswerReader.IsUnsure(message.Text)):
                turn.Say(_ => turn.Hint);
                break;
            // "di pkt", "hop 5": a place the bot does not know is met with the kelurahan of each kecamatan, never "not understood".
            case ActivityKind.Text when machine.State == ConversationState.AskKecamatan:
                turn.Say(t => t.KecamatanGuide);
                break;
            case ActivityKind.Text:
                Miss(conversation, turn, misses);
                break;
            case ActivityKind.Contact when machine.CanFire(ConversationTrigger.GivePhoneNumber):
                if (IndonesianPhoneNumber.TryNormalize(activity.PhoneNumber, out var phone))
                {
                    await machine.GivePhoneNumberAsync(phone);
                    return;
                }
                turn.Say(t => t.InvalidPhoneNumber);
                break;
            default:
                turn.Say(t => t.Unsupported);
                break;
        }
        await turn.AskAsync();
    }

    /// <summary>
    /// The first message of a family, before the privacy notice: a problem or a question is kept and acted on right after
    /// consent; anything else is greeted, in kind when it came with a salam.
    /// </summary>
    private static async Task FirstMessageAsync(Understood? message, ConversationMachine machine, ConversationTurn turn)
    {
        if (message?.Salam == true) turn.Say(t => t.Salam);
        if (message is { Intent: Intent.Unknown } && AnswerReader.TellsSadness(message.Text)) turn.Say(t => t.FeelingsHeard);
        switch (message?.Intent)
        {
            case Intent.Help:
                await machine.TellProblemAsync(message.Text.Original);
                return;
            case Intent.Information when message.Topic is { } topic:
                await machine.AskAboutAsync(topic.Key);
                return;
            case Intent.English:
                turn.UseLanguageQuietly(Languages.English);
                break;
            case Intent.Identity:
                turn.Say(t => t.ThisIsLk3);
                break;
        }
        await machine.StartAsync();
    }

    private static void UseTheLanguageWrittenIn(Understood message, ConversationTurn turn)
    {
        if (message.LooksEnglish && !turn.IsEnglish) turn.UseLanguageQuietly(Languages.English);
        else if (message.LooksIndonesian && turn.IsEnglish) turn.UseLanguageQuietly(Languages.Indonesian);
    }

    /// <summary>"batalkan", "dibatalin", "cabut": a case withdrawn, in any of its forms.</summary>
    private static readonly string[] CaseWithdrawn = ["batal", "cabut"];

    /// <summary>"rahasia kan?", "takut ketahuan": who reads what the family writes, and the question again.</summary>
    private static async Task<bool> AnswerPrivacyWorryAsync(Understood message, ConversationTurn turn)
    {
        if (!AnswerReader.WorriesAboutPrivacy(message.Text)) return false;
        turn.Say(t => t.KeptPrivate);
        await turn.AskAsync();
        return true;
    }

    /// <summary>"menu", "batal", "english please", "status kasus", "hapus data saya": commands in words, in any state.</summary>
    private static async Task<bool> CommandInWordsAsync(Understood message, ConversationMachine machine, ConversationTurn turn)
    {
        var command = message.Intent switch
        {
            Intent.Menu => "/menu",
            Intent.Cancel => "/batal",
            Intent.Status => "/status",
            Intent.Erase => "/hapus",
            _ => null,
        };
        // "batal aja, takut" during the intake: the fear is heard and nothing is thrown away before a second word (the Batal button).
        if (command == "/batal" && IsIntake(machine.State) && AnswerReader.TellsFear(message.Text))
        {
            turn.Say(t => t.FearHeard);
            turn.Say(t => t.IntakeKeptThroughFear);
            return true;
        }
        // "gk jadi", "batal ubah", "kembali" while choosing an answer to change: the change is given up, not the request.
        if (command is "/batal" or "/menu" && machine.State == ConversationState.ChoosingAnswer)
        {
            await machine.BackToSummaryAsync();
            return true;
        }
        // "sy mau batal", "gk jadi bu" at the menu, "tolong batalkan kasus sy", with a case open: nothing here to cancel, so the
        // wish goes to the counsellor.
        if (command is "/batal" or "/status" && turn.HasOpenCase && machine.State == ConversationState.MainMenu
            && (command == "/batal" || message.Text.Tokens.Any(t => CaseWithdrawn.Any(w => t.Word.Contains(w, StringComparison.Ordinal)))))
        {
            return false;
        }
        if (command is not null)
        {
            await RunCommandAsync(command, machine, turn);
            return true;
        }
        if (message.Intent is not (Intent.English or Intent.Indonesian)) return false;
        turn.SetLanguage(message.Intent == Intent.English ? Languages.English : Languages.Indonesian);
        await AskOrStartAsync(machine, turn);
        return true;
    }

    /// <summary>
    /// A message that does not answer the question asked but means something anyway: a question about LK3 is answered,
    /// more of the family's story is kept with it, greetings and thanks are returned — and the question asked again.
    /// </summary>
    private static async Task<bool> AnswerAsideAsync(
        Understood message, Conversation conversation, ConversationMachine machine, ConversationTurn turn, bool dangerShown)
    {
        switch (message.Intent)
        {
            case Intent.Information when message.Topic is { } topic:
                turn.AnswerTopic(topic.Key);
                break;
            // A danger message is with the story already (the machine kept it).
            case Intent.Help when IsIntake(machine.State) && !dangerShown:
                conversation.AddToStory(message.Text.Original);
                turn.Say(t => t.HeldMore);
                break;
            // "masih takut" at a question it does not answer: heard, never "not understood"; during the intake kept with the story.
            case Intent.Unknown when AnswerReader.TellsFear(message.Text):
                if (IsIntake(machine.State)) conversation.AddToStory(message.Text.Original);
                turn.Say(t => t.FearHeard);
                break;
            // "sy sedih bgt", "nangis terus", "😭😭": heard, never "not understood"; away from the intake, asked what happened.
            case Intent.Unknown when AnswerReader.TellsSadness(message.Text):
                // Tears drawn alone ("😭") tell the counsellor nothing to read.
                if (IsIntake(machine.State) && message.Text.Original.Any(char.IsLetter)) conversation.AddToStory(message.Text.Original);
                turn.Say(t => IsIntake(machine.State) || turn.HasOpenCase ? t.FeelingsHeard : $"{t.FeelingsHeard}\n\n{t.FeelingsInvite}");
                break;
            // "🙏", "👍": a nod, and the question again.
            case Intent.Unknown when AnswerReader.OnlyEmoji(message.Text.Original):
                turn.Say(t => t.Noted);
                break;
            case Intent.Greeting:
                turn.Say(t => message.Salam ? t.Salam : t.GreetingBack);
                break;
            case Intent.Thanks:
                turn.Say(t => t.YoureWelcome);
                break;
            case Intent.Apology:
                turn.Say(t => t.NoProblem);
                break;
            // "nanti sy chat lg": a short word and nothing shown again for whoever looks on; the question waits.
            // "skrg sih aman, tp nanti mlm dia pulang": harm to come, during the intake, is danger told and kept with the story.
            case Intent.Later when AnswerReader.TellsOfHarmToCome(message.Text):
                await machine.ReportDangerAsync(message.Text.Original, Danger.ToldOfDanger);
                break;
            case Intent.Later:
                turn.Say(t => t.TalkLater);
                return true;
            case Intent.Identity:
                turn.Say(t => t.ThisIsLk3);
                break;
            // Not "SAYA TIDAK MENGERTI PILIHANNYA": a question not understood is no "no" (below).
            case Intent.Yes or Intent.No when !AnswerReader.DoesNotUnderstand(message.Text):
                turn.Say(t => t.Noted);
                break;
            default:
                return false;
        }
        // After a topic was read, thanks or a greeting lead back to the menu rather than to the same text again.
        await (machine.State == ConversationState.ReadingTopic && message.Intent != Intent.Information ? machine.ShowMenuAsync() : turn.AskAsync());
        return true;
    }

    /// <summary>Not understood: what can be written here, the question again — and at the second miss in a row, a person.</summary>
    private static void Miss(Conversation conversation, ConversationTurn turn, int misses)
    {
        conversation.Misses = misses + 1;
        turn.Say(t => $"{t.NotUnderstood} {turn.Hint}");
        if (conversation.Misses == 2) turn.OfferPerson();
    }

    private static bool IsIntake(ConversationState state) => state is >= ConversationState.AskCategory and <= ConversationState.ChoosingAnswer;

    private static async Task RunCommandAsync(string text, ConversationMachine machine, ConversationTurn turn)
    {
        // "/start@lk3bot payload" → "/start"
        var command = text.Split(' ', 2)[0].Split('@', 2)[0].ToLowerInvariant();
        switch (command)
        {
            case "/darurat" or "/emergency":
                await machine.ReportEmergencyAsync();
                break;
            case "/start":
                await machine.StartAsync();
                break;
            case "/menu" when machine.CanFire(ConversationTrigger.Cancel):
                // Leaving an intake for the menu cancels it, and the family is told so.
                await machine.CancelAsync();
                break;
            case "/menu":
                await (machine.State == ConversationState.New ? machine.StartAsync() : machine.ShowMenuAsync());
                break;
            case "/batal" or "/cancel" when machine.CanFire(ConversationTrigger.Cancel):
                await machine.CancelAsync();
                break;
            case "/batal" or "/cancel":
                turn.Say(t => t.NothingToCancel);
                await AskOrStartAsync(machine, turn);
                break;
            case "/status":
                await turn.SayStatusAsync();
                await AskOrStartAsync(machine, turn);
                break;
            case "/hapus" or "/erase" when machine.CanFire(ConversationTrigger.RequestErasure):
                await machine.RequestErasureAsync();
                break;
            case "/hapus" or "/erase":
                turn.Say(t => t.NothingToErase);
                await AskOrStartAsync(machine, turn);
                break;
            case "/berhenti" or "/stop":
                turn.StopSubscription();
                await AskOrStartAsync(machine, turn);
                break;
            case "/bahasa" or "/language":
                turn.SwitchLanguage();
                await AskOrStartAsync(machine, turn);
                break;
            default:
                turn.Say(t => t.UnknownCommand);
                await AskOrStartAsync(machine, turn);
                break;
        }
    }

    /// <summary>Repeats the current question; a family that has not been greeted yet is greeted first.</summary>
    private static Task AskOrStartAsync(ConversationMachine machine, ConversationTurn turn) =>
        machine.State == ConversationState.New ? machine.StartAsync() : turn.AskAsync();
}
