using System.Text;
using LK3.Intake.Broadcasts;
using LK3.Intake.Cases;
using LK3.Intake.Clients;
using LK3.Intake.Information;
using LK3.Intake.Understanding;

namespace LK3.Intake.Conversations;

internal sealed partial class ConversationTurn
{
    /// <summary>The question of the state the conversation is in, with its choices and how typed words answer it.</summary>
    public Prompt CurrentPrompt()
    {
        var t = Texts;
        // Ids starting with "/" are commands: they keep working on older messages, whatever the state.
        var cancel = new Choice("/batal", t.Cancel, m => m.CancelAsync());
        var menu = new Choice("/menu", t.BackToMenu, m => m.ShowMenuAsync());
        return conversation.State switch
        {
            ConversationState.AwaitingConsent => new Prompt($"{t.PrivacyNotice}\n{t.ConsentQuestion}",
                [new("consent:yes", t.Agree, m => m.AgreeAsync()), new("consent:no", t.Decline, m => m.DeclineAsync())])
            {
                OnText = ConsentAsync,
            },
            ConversationState.InformationMenu => Browsing(t.InformationQuestion,
                [.. catalog.Menu(client.Language).Select(topic => TopicChoice(topic.Key, topic.Title)), menu]),
            ConversationState.ReadingTopic => Browsing(TopicBody(conversation.TopicKey) ?? t.TopicMissing,
                new("menu:info", t.OtherTopics, m => m.OpenInformationAsync()),
                new("menu:help", t.MenuHelp, m => m.RequestHelpAsync()),
                menu),
            ConversationState.ChoosingNews => NewsPrompt(t, menu),
            ConversationState.ConfirmingErasure => new Prompt(t.EraseQuestion,
                [new("erase:yes", t.EraseConfirm, m => m.ConfirmErasureAsync()), new("/menu", t.EraseKeep, m => m.ShowMenuAsync())])
            {
                OnText = (m, message) => YesOrNoAsync(message, m.ConfirmErasureAsync, m.ShowMenuAsync),
            },
            ConversationState.Emergency => EmergencyPrompt(t, menu),
            ConversationState.AskCategory => Options(t.AskCategory, "category", t.Categories, (m, c) => m.ChooseCategoryAsync(c), cancel) with
            {
                OnText = ChooseCategoryAsync,
            },
            ConversationState.ConfirmCategory => new Prompt(ReplyMarkup.Format(t.ConfirmCategoryQuestion, t.CategoryNames[conversation.Category!.Value]),
                [new("category:yes", t.Yes, m => m.AcceptCategoryAsync()), new("category:no", t.NotThis, m => m.RejectCategoryAsync()), cancel])
            {
                OnText = ConfirmCategoryAsync,
            },
            ConversationState.AskRecipient => Options(t.AskRecipient, "recipient", t.Recipients, (m, r) => m.ChooseRecipientAsync(r), cancel) with
            {
                OnText = ChooseRecipientAsync,
            },
            ConversationState.AskDescription => DescriptionPrompt(t, cancel),
            ConversationState.AskKecamatan => Options(t.AskKecamatan, "kecamatan", t.Kecamatans, (m, k) => m.ChooseKecamatanAsync(k), cancel) with
            {
                OnText = ChooseKecamatanAsync,
            },
            ConversationState.AskContactMethod => new Prompt(t.AskContactMethod,
                [
                    new("contact:chat", t.ContactMethods[ContactMethod.ThisChat], m => m.ChooseChatContactAsync()),
                    new("contact:phone", t.ContactMethods[ContactMethod.PhoneCall], m => m.ChoosePhoneContactAsync()),
                    cancel,
                ])
            {
                OnText = ChooseContactAsync,
            },
            ConversationState.AskPhoneNumber => new Prompt(t.AskPhoneNumber,
                [new("contact:chat", t.ContactMethods[ContactMethod.ThisChat], m => m.ChooseChatContactAsync()), cancel])
            {
                OnText = GivePhoneNumberAsync,
            },
            ConversationState.AskDanger => new Prompt(t.AskDanger,
                [new("danger:yes", t.Yes, m => m.AnswerDangerAsync(true)), new("danger:no", t.No, m => m.AnswerDangerAsync(false)), cancel])
            {
                OnText = DangerAnswerAsync,
            },
            ConversationState.ConfirmIntake => new Prompt($"{Summary()}\n\n{t.ConfirmQuestion}",
                [new("intake:send", t.Send, m => m.ConfirmAsync()), new("intake:edit", t.Edit, m => m.EditAsync()), cancel])
            {
                OnText = ConfirmIntakeAsync,
            },
            ConversationState.ChoosingAnswer => new Prompt(t.ChooseAnswerQuestion,
                [
                    .. t.AnswerNames.Select(a => new Choice($"change:{a.Key}", a.Value, m => m.ChangeAnswerAsync(a.Key))),
                    new("change:back", t.BackToSummary, m => m.BackToSummaryAsync()),
                    cancel,
                ])
            {
                OnText = ChooseAnswerToChangeAsync,
            },
            _ => Browsing(t.MenuQuestion,
                new("menu:info", t.MenuInformation, m => m.OpenInformationAsync()),
                new("menu:help", t.MenuHelp, m => m.RequestHelpAsync()),
                TopicChoice(InformationCatalog.PartnersKey, t.MenuPartners),
                new("menu:news", t.MenuNews, m => m.OpenNewsAsync()),
                new("menu:erase", t.MenuErase, m => m.RequestErasureAsync()),
                new("/darurat", t.MenuEmergency, m => m.ReportEmergencyAsync())),
        };
    }

    /// <summary>What can be typed at the current question, said when a message was not understood.</summary>
    public string Hint => Texts.Hints.GetValueOrDefault(conversation.State, Texts.DefaultHint);

    private Prompt NewsPrompt(ConversationTexts t, Choice menu)
    {
        var open = Enum.GetValues<NewsTopic>().Where(topic => !SubscribedTopics.Contains(topic)).ToList();
        return Browsing(open.Count == 0 ? t.NewsAllChosen : t.NewsQuestion,
            [.. open.Select(topic => new Choice($"news:{topic}", t.NewsTopics[topic], m => m.SubscribeAsync(topic))), menu]) with
        {
            OnText = (m, message) => NewsTopicIn(message.Text) is { } topic && open.Contains(topic)
                ? Handled(m.SubscribeAsync(topic))
                : BrowseAsync(m, message),
        };
    }

    /// <summary>
    /// After the emergency numbers (or crisis message), what LK3 can do now: an urgent intake, or tell the case's counsellor.
    /// Someone in danger who writes on instead of answering ("sy ibunya", "telpon aja") is taken at their word: anything but
    /// a refusal, a question or a greeting asks for the urgent intake, and what they wrote is kept with their story.
    /// </summary>
    private Prompt EmergencyPrompt(ConversationTexts t, Choice menu)
    {
        var offer = HasOpenCase ? t.EmergencyForCase : conversation.SelfHarm ? t.CrisisOffer : t.EmergencyOffer;
        Choice[] choices = HasOpenCase ? [menu] : [new("emergency:help", t.EmergencyHelpNow, m => m.RequestUrgentHelpAsync()), menu];
        return new Prompt(offer, choices)
        {
            OnText = async (m, message) =>
            {
                var text = message.Text;
                var answer = AnswerReader.YesOrNo(text);
                // Not a refusal, though it starts with a no: danger or fear ("tidak aman", "tidak, sy takut"), how to be reached
                // ("jangan telpon"), "bukan sy, tp anak sy", or a no followed by more ("gk bisa ngomong skrg, suami ada di rumah").
                var refuses = AnswerReader.DeclinesOutright(text) && AnswerReader.InDanger(message) != true
                    && !text.HasAny(Concept.ByPhone, Concept.ByChat) && !text.Mentions(["tapi", "tetapi", "but"]);
                if (refuses) return await Handled(m.ShowMenuAsync());
                if (HasOpenCase) return await BrowseAsync(m, message);
                if (answer == true) return await Handled(m.RequestUrgentHelpAsync());
                switch (message.Intent)
                {
                    case Intent.Information when message.Topic is not null:
                        return await BrowseAsync(m, message);
                    case Intent.Greeting or Intent.Thanks or Intent.Apology or Intent.Later or Intent.Identity:
                        return false;
                    case Intent.Unknown when text.HasQuestionMark || text.Has(Concept.Question):
                        return await SayAndAskAgainAsync(t.EmergencyOfferExplained);
                    case not Intent.Help when AnswerReader.SaysSafe(text):
                        return await SayAndAskAgainAsync(t.GladSafe);
                    case Intent.Unknown when text.Has(Concept.Unsure):
                        return await SayAndAskAgainAsync(t.TalkLater);
                    default:
                        conversation.Hold(text.Original);
                        return await Handled(m.RequestUrgentHelpAsync());
                }
            },
        };
    }

    private async Task<bool> SayAndAskAgainAsync(string text)
    {
        Say(text);
        await AskAsync();
        return true;
    }

    /// <summary>The story: asked for, or — when the family already told it — offered back to be kept or added to.</summary>
    private Prompt DescriptionPrompt(ConversationTexts t, Choice cancel)
    {
        if (conversation.Description is not { } story)
        {
            return new Prompt(ReplyMarkup.Format(t.AskDescription, ConversationLimits.MaxTextLength), [cancel]) { OnText = DescribeAsync };
        }
        return new Prompt(ReplyMarkup.Format(t.StoryOffered, story), [new("story:keep", t.StoryEnough, m => m.DescribeAsync(story)), cancel])
        {
            OnText = (m, message) =>
                // "kirim", "udh" alone keep it; "suami gk pernah kirim uang" is more of the story.
                message.Text.Has(Concept.Enough) || AnswerReader.YesOrNo(message.Text) == true
                    || message.Text.ContentWords() <= 1 && message.Text.Tokens.Any(t => t.Word is "kirim" or "send" or "sudah")
                    ? Handled(m.DescribeAsync(story))
                : IsNoStory(message) ? Task.FromResult(false)
                : Handled(m.DescribeAsync($"{story}\n{message.Text.Original}")),
        };
    }

    private Prompt Browsing(string text, params Choice[] choices) => new(text, choices) { OnText = BrowseAsync };

    private static Choice TopicChoice(string key, string label) => new($"topic:{key}", label, m => m.ChooseTopicAsync(key));

    private static Prompt Options<T>(
        string question, string prefix, IReadOnlyDictionary<T, string> labels, Func<ConversationMachine, T, Task> choose, Choice cancel)
        where T : struct, Enum =>
        new(question, [.. labels.Select(l => new Choice($"{prefix}:{l.Key}", l.Value, m => choose(m, l.Key))), cancel]);

    /// <summary>
    /// Words while browsing. A family with an open case is writing to its counsellor, so the text goes to the case
    /// (a plain question about the office is answered instead); a problem starts the help intake with its words as the
    /// beginning of the story; a question answers its topic; after reading about a service, "iya" asks for it.
    /// </summary>
    private async Task<bool> BrowseAsync(ConversationMachine machine, Understood message)
    {
        if (HasOpenCase)
        {
            // A question about the office is answered; anything else the family writes is for its counsellor.
            if (message is { Intent: Intent.Information, Topic: { } asked } && (message.Text.HasQuestionMark || message.Text.Has(Concept.Question)))
            {
                return await Handled(machine.ChooseTopicAsync(asked.Key));
            }
            // "sy sedih bgt" while the case waits for its counsellor: heard now, not only kept.
            if (message.Intent == Intent.Unknown && AnswerReader.TellsSadness(message.Text)) Say(t => t.FeelingsHeard);
            await machine.WriteToCaseAsync(message.Text.Original);
            return true;
        }
        switch (message.Intent)
        {
            case Intent.Help:
                await machine.TellProblemAsync(message.Text.Original);
                return true;
            case Intent.Information when message.Topic is { } topic:
                await machine.ChooseTopicAsync(topic.Key);
                return true;
            case Intent.Yes when conversation.State == ConversationState.ReadingTopic:
                await machine.RequestHelpAsync();
                return true;
            default:
                return false;
        }
    }

    /// <summary>
    /// The privacy question: yes or no in words; a problem or a question told instead is kept for after it. A question
    /// ("emang harus ya?") never gives consent, whatever yes-word is in it.
    /// </summary>
    private async Task<bool> ConsentAsync(ConversationMachine machine, Understood message)
    {
        // "setuju tp jgn kasih tau suami sy ya": a yes on a condition LK3 keeps anyway; said so, and taken.
        if (AnswerReader.ConsentsOnSecrecy(message.Text))
        {
            Say(t => t.KeptPrivate);
            if (message.Intent == Intent.Help) conversation.HoldProblem(TellsAProblem(message.Text.Original) ? message.Text.Original : null);
            return await Handled(machine.AgreeAsync());
        }
        // "sy gk mau suami tau", "setuju, tp suami bakal tau gk?", "rahasia gk?": a worry that someone finds out, answered before anything.
        if (AnswerReader.FearsBeingFoundOut(message.Text) || AnswerReader.WorriesAboutPrivacy(message.Text) || AnswerReader.DoesNotUnderstand(message.Text))
        {
            return await SayAndAskAgainAsync(Texts.ConsentExplained);
        }
        switch (AnswerReader.Consent(message.Text))
        {
            case true:
                // "iya, sy dipukul suami": consent, and the problem told with it begins the story.
                if (message.Intent == Intent.Help) conversation.HoldProblem(TellsAProblem(message.Text.Original) ? message.Text.Original : null);
                await machine.AgreeAsync();
                return true;
            case false:
                if (message.Intent == Intent.Help && TellsAProblem(message.Text.Original)) _problemToldWithRefusal = message.Text.Original;
                await machine.DeclineAsync();
                return true;
        }
        switch (message.Intent)
        {
            case Intent.Help:
                await machine.TellProblemAsync(message.Text.Original);
                return true;
            case Intent.Information when message.Topic is { } topic && machine.CanFire(ConversationTrigger.AskAbout):
                await machine.AskAboutAsync(topic.Key);
                return true;
            // "maksudnya gimana?", "data sy aman kan?", "emang harus ya?": a question about the notice itself is answered in
            // plainer words.
            case Intent.Unknown or Intent.Yes or Intent.No when message.Text.HasQuestionMark || message.Text.Has(Concept.Question):
                return await SayAndAskAgainAsync(Texts.ConsentExplained);
            default:
                return false;
        }
    }

    /// <summary>
    /// "Apakah ada orang yang dalam bahaya saat ini?": yes, no, or danger told (AnswerReader.InDanger); "maksudnya?" or "sy gk
    /// ngerti" get the question in plainer words, "aman gk data sy?" who reads what is written — neither is an answer.
    /// </summary>
    private async Task<bool> DangerAnswerAsync(ConversationMachine machine, Understood message)
    {
        var text = message.Text;
        if (message.Danger == Danger.None && AnswerReader.WorriesAboutPrivacy(text) && !text.Has(Concept.Fear))
        {
            return await SayAndAskAgainAsync(Texts.KeptPrivate);
        }
        if (message.Danger == Danger.None && AnswerReader.DoesNotUnderstand(text)) return await SayAndAskAgainAsync(Texts.DangerExplained);
        // "sst", "suami pulang", "udh dulu ya": someone is near — urgent, the numbers, one short word, and no summary on screen.
        if (AnswerReader.MustStopNow(text) && AnswerReader.YesOrNo(text) is null)
        {
            if (!conversation.Urgent) ShowEmergencyNumbers();
            conversation.Urgent = true;
            Say(t => t.TalkLater);
            return true;
        }
        if (AnswerReader.InDanger(message) is not { } inDanger) return false;
        // "skrg sih aman, tp nanti mlm dia pulang", "sy takut bgt bu 😭": more than the answer ("gk ada bu, aman"), and any fear or
        // sorrow told, is for the counsellor too.
        if (text.ContentWords(Concept.Yes, Concept.No, Concept.Safe, Concept.Fear) > 2 || AnswerReader.TellsFear(text) || AnswerReader.TellsSadness(text))
        {
            conversation.AddToStory(text.Original);
        }
        await machine.AnswerDangerAsync(inDanger);
        return true;
    }

    private async Task<bool> ChooseCategoryAsync(ConversationMachine machine, Understood message)
    {
        if (AnswerReader.Category(message) is not { } category) return false;
        KeepWhatIsToldBeside(message);
        await machine.ChooseCategoryAsync(category);
        return true;
    }

    private async Task<bool> ChooseRecipientAsync(ConversationMachine machine, Understood message)
    {
        if (AnswerReader.Recipient(message.Text) is not { } recipient) return false;
        KeepWhatIsToldBeside(message);
        await machine.ChooseRecipientAsync(recipient);
        return true;
    }

    /// <summary>
    /// An answer with more told beside it — the problem told as the answer, "anak sy, dia jg sering dipukul bapaknya", "iya tp
    /// suami jg suka mukul", "suami sy, baru kena phk", an age, "aku sendiri kak, aku 14 thn" — joins the story, so the
    /// counsellor reads it; "buat sy sm anak2", only people and the words joining them, is the answer alone.
    /// </summary>
    private void KeepWhatIsToldBeside(Understood message)
    {
        var text = message.Text;
        var onlyTheAnswer = text.Tokens.All(t => t.Concepts.Overlaps(AnswerWords) || Joining.Contains(t.Word));
        if (text.HasAny(Concept.Teen, Concept.YoungChild, Concept.Adult) || text.ContentWords() > 2 && !onlyTheAnswer)
        {
            conversation.AddToStory(text.Original);
        }
    }

    private static readonly Concept[] AnswerWords =
        [Concept.Self, Concept.Oneself, Concept.Child, Concept.FamilyMember, Concept.Partner, Concept.Yes, Concept.No, Concept.Filler];

    private static readonly HashSet<string> Joining = [.. AnswerReader.AndWords, "buat", "untuk", "for"];

    private static readonly string[] SendWords = ["kirim", "send", "submit"];

    /// <summary>
    /// "Apakah ini tentang …?": yes, no, the category asked named back ("lebih ke ekonomi"), or the right one instead ("bukan,
    /// soal anak").
    /// </summary>
    private async Task<bool> ConfirmCategoryAsync(ConversationMachine machine, Understood message)
    {
        if (AnswerReader.CategoryNamed(message.Text) is { } named)
        {
            KeepWhatIsToldBeside(message);
            return await Handled(named != conversation.Category ? machine.ChooseCategoryAsync(named)
                : AnswerReader.YesOrNo(message.Text) == false ? machine.RejectCategoryAsync()
                : machine.AcceptCategoryAsync());
        }
        // "suami sering mukul sy kalo mabuk" at "Apakah ini tentang kesehatan?": the problem told is clearly another. Told on in
        // the words of the one asked about ("dia jg suka ngancam" at "… kekerasan dalam rumah tangga?"), it is a yes.
        if (message.Category is { Clear: true, Category: var told } && AnswerReader.YesOrNo(message.Text) is null
            && (told != conversation.Category || message.Intent == Intent.Help))
        {
            KeepWhatIsToldBeside(message);
            return await Handled(told == conversation.Category ? machine.AcceptCategoryAsync() : machine.ChooseCategoryAsync(told));
        }
        // "gk tau": the categories are shown to choose from rather than the question asked again.
        if (message.Text.Has(Concept.Unsure)) return await Handled(machine.RejectCategoryAsync());
        if (AnswerReader.YesOrNo(message.Text) is not { } yes) return false;
        KeepWhatIsToldBeside(message);
        return await Handled(yes ? machine.AcceptCategoryAsync() : machine.RejectCategoryAsync());
    }

    private async Task<bool> DescribeAsync(ConversationMachine machine, Understood message)
    {
        if (IsNoStory(message)) return false;
        // "sudah cukup" with nothing told yet (the button of an offered story, typed): help to begin, not a story.
        if (AnswerReader.HesitatesToTell(message) || AnswerReader.DoesNotUnderstand(message.Text) || AnswerReader.SaysEnough(message.Text))
        {
            Say(t => t.StoryHelp);
            await AskAsync();
            return true;
        }
        var text = message.Text.Original;
        if (text.Length < ConversationLimits.MinDescriptionLength)
        {
            Say(t => t.DescriptionTooShort);
            await AskAsync();
            return true;
        }
        await machine.DescribeAsync(text);
        return true;
    }

    /// <summary>
    /// "halo bu selamat malam", "biaya konseling brp?", "bentar ya bu": no story but a greeting, a question about LK3 or a
    /// moment asked for, answered aside while the story question waits.
    /// </summary>
    private static bool IsNoStory(Understood message) =>
        message.Danger == Danger.None
        && (message.Intent == Intent.Information && (message.Text.HasQuestionMark || message.Text.Has(Concept.Question))
                && (message.Text.ContentWords() <= MaxWordsOfAnAnswer
                    || OnlyQuestions(message.Text.Original) && !CategoryClassifier.TellsOfTrouble(message.Text))
            || message.Category is null && (message.Intent is Intent.Greeting or Intent.Thanks or Intent.Apology or Intent.Identity
                || message.Intent == Intent.Later && message.Text.ContentWords() <= 2));

    /// <summary>"kantornya dmn ya bu? buka jam brp?": every sentence a question; "bisa konseling online gk? sy kerja di kapal" tells more.</summary>
    private static bool OnlyQuestions(string text) =>
        text.Split(['.', '!', '\n']).All(sentence => sentence.TrimEnd().EndsWith('?') || !sentence.Any(char.IsLetter))
        && !text[(text.LastIndexOf('?') + 1)..].Any(char.IsLetter);

    /// <summary>
    /// During the intake, a short answer to a question still to come — a place ("bontang utara", "loktuan"), "telpon aja",
    /// a number — is kept and the family told so; that question is then not asked (the machine takes the answer), and the
    /// one asked now is asked again. A story is never read this way, nor words naming someone else: "ini nomor suami 0812…"
    /// is not the family's contact.
    /// </summary>
    public async Task<bool> KeptAnswerToComingQuestionAsync(Understood message)
    {
        var text = message.Text;
        var words = text.Tokens.Count(t => t.Word.Any(char.IsLetter) && !t.Concepts.Contains(Concept.Filler));
        // "suami kabur ke loktuan", "dia blm telpon", "chat sy gk dibalas": a story, not an answer.
        var story = message.Intent == Intent.Help || words > MaxWordsOfAnAnswer || NamesSomeoneElse(text)
            || text.Tokens.Any(t => t.Concepts.Contains(Concept.No) || t.Word is "belum" or "dia");
        if (story) return false;
        var kept = new List<string>();
        if (conversation is { State: < ConversationState.AskKecamatan, Kecamatan: null } && AnswerReader.Kecamatan(text) is { } kecamatan)
        {
            conversation.Kecamatan = kecamatan;
            kept.Add(Texts.Kecamatans[kecamatan]);
        }
        // A number, or a way to be reached said as one ("telpon aja", "lewat chat", "via wa"): the latest told before the question counts.
        var phone = AnswerReader.Phone(text.Original);
        var saysHow = phone is not null || text.Mentions(["saja", "lewat", "via"]);
        if (conversation.State < ConversationState.AskContactMethod && saysHow && AnswerReader.ContactMethod(text) is { } method)
        {
            // A number is read as a telephone call; it is kept with it, and the words around it as the note.
            // "wa aja" away from WhatsApp: messages to a number, which the contact question will ask for (ChooseContactAsync).
            var toNumber = phone is null && WantsMessagesToNumber(text);
            if (phone is not null) conversation.ChoosePhoneContact(phone.Number, NoteOf(phone, text));
            else if (toNumber)
            {
                (conversation.ContactMethod, conversation.ContactPhone, conversation.ContactNote) = (ContactMethod.PhoneCall, null, text.Original);
            }
            else if (method == ContactMethod.ThisChat) conversation.ChooseChatContact();
            else (conversation.ContactMethod, conversation.ContactPhone, conversation.ContactNote) = (method, null, null);
            kept.Add(phone is not null ? $"{Texts.ContactMethods[method]} {phone.Number}" : toNumber ? text.Original : Texts.ContactMethods[method]);
        }
        if (kept.Count == 0) return false;
        Say(ReplyMarkup.Format(Texts.AnswerKept, string.Join(", ", kept)));
        await AskAsync();
        return true;
    }

    /// <summary>More words than this are a story or a sentence, not an answer to a question still to come.</summary>
    private const int MaxWordsOfAnAnswer = 4;

    /// <summary>
    /// A partner, relative, child or outsider named ("suami", "tetangga", "no ibu sy"); "bu" or "kak" said to staff at the start
    /// or end of the message is not.
    /// </summary>
    private static bool NamesSomeoneElse(ReadText text) => text.Tokens.Select((t, i) => (t, i)).Any(x =>
        x.t.Concepts.Overlaps([Concept.Partner, Concept.FamilyMember, Concept.Child, Concept.Outsider])
        && !(x.t.Concepts.Contains(Concept.Filler) && (x.i == 0 || x.i == text.Tokens.Count - 1)));

    /// <summary>A kecamatan or kelurahan named; a family that cannot name one is shown which kelurahan each has.</summary>
    private async Task<bool> ChooseKecamatanAsync(ConversationMachine machine, Understood message)
    {
        if (AnswerReader.Kecamatan(message.Text) is { } kecamatan) return await Handled(machine.ChooseKecamatanAsync(kecamatan));
        // "suami udh di depan pintu bawa parang": the numbers were shown; no guide to the kelurahan after them.
        if (message.Danger != Danger.None) return false;
        // "gk mau sebut, takut ketahuan", "rahasia ya?": why it is asked and who sees it, not "Baik" or a topic.
        if (AnswerReader.WorriesAboutPrivacy(message.Text) || message.Intent == Intent.No || AnswerReader.MentionsPrivacy(message.Text))
        {
            return await SayAndAskAgainAsync(Texts.KecamatanWhy);
        }
        if (!AnswerReader.CannotNameKecamatan(message.Text)) return false;
        Say(t => t.KecamatanGuide);
        await AskAsync();
        return true;
    }

    /// <summary>"lewat chat aja", "telpon aja", "nomor ini aja", or the number itself with the words around it.</summary>
    private async Task<bool> ChooseContactAsync(ConversationMachine machine, Understood message)
    {
        if (AnswerReader.Phone(message.Text.Original) is { } phone)
        {
            return await Handled(machine.GivePhoneNumberAsync(phone.Number, NoteOf(phone, message.Text)));
        }
        if (AnswerReader.NamesThisNumber(message.Text)) return await GiveOwnNumberAsync(machine);
        var method = AnswerReader.ContactMethod(message.Text);
        // "gk mau kasih no", "jgn hubungi sy dulu": no number is needed, and when to be contacted can be told.
        if (method is null && message.Intent == Intent.No && !message.Text.HasQuestionMark && !AnswerReader.WorriesAboutPrivacy(message.Text))
        {
            return await SayAndAskAgainAsync(Texts.ContactWhy);
        }
        if (method is null) return false;
        // "wa aja", "sms aja" away from WhatsApp: messages to the family's number, so the number is asked for and the way kept
        // as the note the counsellor reads (it was taken as this chat, where no one would write).
        if (WantsMessagesToNumber(message.Text))
        {
            conversation.ContactNote = message.Text.Original;
            return await Handled(machine.ChoosePhoneContactAsync());
        }
        await (method == ContactMethod.ThisChat ? machine.ChooseChatContactAsync() : machine.ChoosePhoneContactAsync());
        // "telpon tp jgn siang, ada suami", "chat aja tp jgn malem": when and how not is for the counsellor to read.
        if (AnswerReader.ContactCondition(message.Text)) conversation.ContactNote = message.Text.Original;
        return true;
    }

    /// <summary>"wa aja ke 0812…": the whole message is the note, so that the counsellor writes rather than calls.</summary>
    private static string? NoteOf(PhoneAnswer phone, ReadText text) => AnswerReader.ByMessageToNumber(text) ? text.Original : phone.Note;

    /// <summary>"wa aja", "sms aja" away from WhatsApp: messages to the family's number, which this chat does not show.</summary>
    private bool WantsMessagesToNumber(ReadText text) => AnswerReader.ByMessageToNumber(text) && client.Channel != ChannelNames.WhatsApp;

    /// <summary>A number with words around it: the number is kept, and the words as a note staff read ("jgn tlp ke no suami").</summary>
    private async Task<bool> GivePhoneNumberAsync(ConversationMachine machine, Understood message)
    {
        if (AnswerReader.Phone(message.Text.Original) is { } phone)
        {
            return await Handled(machine.GivePhoneNumberAsync(phone.Number, NoteOf(phone, message.Text)));
        }
        if (AnswerReader.NamesThisNumber(message.Text)) return await GiveOwnNumberAsync(machine);
        if (AnswerReader.ContactMethod(message.Text) == ContactMethod.ThisChat) return await Handled(machine.ChooseChatContactAsync());
        Say(t => t.InvalidPhoneNumber);
        await AskAsync();
        return true;
    }

    /// <summary>
    /// "nomor ini aja": the number the family writes from, where the channel shows it (WhatsApp); elsewhere the family is told
    /// it cannot be seen, and asked to write it.
    /// </summary>
    private async Task<bool> GiveOwnNumberAsync(ConversationMachine machine)
    {
        if (IndonesianPhoneNumber.TryNormalize(ownPhoneNumber, out var own)) return await Handled(machine.GivePhoneNumberAsync(own));
        Say(t => t.OwnNumberUnseen);
        if (machine.State == ConversationState.AskContactMethod) await machine.ChoosePhoneContactAsync();
        else await AskAsync();
        return true;
    }

    /// <summary>The summary: "iya kirim" sends it; "ubah kecamatan" changes that answer alone; "ubah" asks which.</summary>
    private async Task<bool> ConfirmIntakeAsync(ConversationMachine machine, Understood message)
    {
        var text = message.Text;
        // "sdh benar, tp sy msh takut": nothing is sent before the intake is marked urgent and the words kept with the story.
        if (AnswerReader.TellsFear(text))
        {
            if (conversation.Urgent) Say(t => t.FearHeard);
            await machine.ReportDangerAsync(text.Original, Danger.ToldOfDanger);
            await AskAsync();
            return true;
        }
        var answer = AnswerReader.YesOrNo(text);
        // "iya, tapi sy mau tambah cerita" changes the story: a wish to change outweighs the yes before it.
        if (AnswerReader.WantsChange(text) || answer == false)
        {
            if (AnswerReader.Question(text) is not { } question) return await Handled(machine.EditAsync());
            await machine.ChangeAnswerAsync(question);
            // "eh salah kecamatannya, sy di bontang selatan", "ganti nomor 0813…": the new answer told with the wish is taken.
            if (question is IntakeQuestion.Kecamatan or IntakeQuestion.Contact && CurrentPrompt().OnText is { } answerNow) await answerNow(machine, message);
            return true;
        }
        // Nothing is sent on a question ("kirim?"), a "later" or a "not yet" ("kirim besok aja", "belum mau kirim"); "udh" alone
        // answers "Apakah sudah benar?" (elsewhere "sudah" says nothing).
        var holdsBack = text.HasQuestionMark || text.Has(Concept.Question) || text.Has(Concept.Later) && answer != true
            || text.Tokens.Any(t => t.Word is "belum" or "besok" or "lusa");
        var sends = text.Mentions(SendWords) || text.Tokens is [{ Word: "sudah" }] || answer == true;
        return sends && !holdsBack && await Handled(machine.ConfirmAsync());
    }

    /// <summary>
    /// Which answer to change ("kecamatan", "nomornya"); "udah bener", "kembali" go back to the summary, and "kirim aja" is
    /// read there as at the summary (so "jgn kirim dulu" sends nothing). A word of leaving, "gk jadi", "batal ubah", is the
    /// change given up, never the request: see the engine's commands.
    /// </summary>
    private async Task<bool> ChooseAnswerToChangeAsync(ConversationMachine machine, Understood message)
    {
        var text = message.Text;
        if (message.Intent is Intent.Thanks or Intent.Greeting or Intent.Apology) return false;
        if (AnswerReader.Question(text) is { } question) return await Handled(machine.ChangeAnswerAsync(question));
        var sends = text.Mentions(SendWords);
        if (!sends && AnswerReader.YesOrNo(text) is null && !text.Mentions(["kembali", "balik", "back"])) return false;
        await machine.BackToSummaryAsync();
        if (sends) await ConfirmIntakeAsync(machine, message);
        return true;
    }

    private static async Task<bool> YesOrNoAsync(Understood message, Func<Task> yes, Func<Task> no)
    {
        switch (AnswerReader.YesOrNo(message.Text))
        {
            case true:
                await yes();
                return true;
            case false:
                await no();
                return true;
            default:
                return false;
        }
    }

    private static Task<bool> AnswerAsync<T>(T? answer, Func<T, Task> choose)
        where T : struct => answer is { } value ? Handled(choose(value)) : Task.FromResult(false);

    private static async Task<bool> Handled(Task transition)
    {
        await transition;
        return true;
    }

    /// <summary>A news topic named in words: "berita", "kelas pengasuhan", "bantuan ekonomi".</summary>
    private static NewsTopic? NewsTopicIn(ReadText text)
    {
        if (text.Mentions(["kelas", "pengasuhan", "parenting", "class", "classes"])) return NewsTopic.ParentingClasses;
        if (text.Mentions(["bantuan", "ekonomi", "assistance", "economic"])) return NewsTopic.EconomicAssistance;
        if (text.Mentions(["berita", "kabar", "news", "lk3"])) return NewsTopic.GeneralNews;
        return null;
    }

    private string Summary()
    {
        var t = Texts;
        var summary = new StringBuilder(t.SummaryTitle).Append('\n');
        summary.Append($"• {t.SummaryCategory}: {t.Categories[conversation.Category!.Value]}\n");
        summary.Append($"• {t.SummaryRecipient}: {t.Recipients[conversation.Recipient!.Value]}\n");
        summary.Append($"• {t.SummaryKecamatan}: {t.Kecamatans[conversation.Kecamatan!.Value]}\n");
        summary.Append($"• {t.SummaryContact}: {t.ContactMethods[conversation.ContactMethod!.Value]}");
        if (conversation.ContactPhone is { } phone) summary.Append($" ({ReplyMarkup.Escape(phone)})");
        summary.Append('\n');
        if (conversation.ContactNote is { } note) summary.Append($"• {t.SummaryContactNote}: <i>{ReplyMarkup.Escape(note)}</i>\n");
        if (conversation.Urgent) summary.Append($"• {t.SummaryUrgent}: {t.Yes}\n");
        summary.Append($"• {t.SummaryDescription}: <i>{ReplyMarkup.Escape(conversation.Description ?? "")}</i>");
        return summary.ToString();
    }
}
