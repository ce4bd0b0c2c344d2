using System.Text;
using LK3.Intake.Broadcasts;
using LK3.Intake.Cases;
using LK3.Intake.Information;

namespace LK3.Intake.Conversations;

internal sealed partial class ConversationTurn
{
    /// <summary>The question of the state the conversation is in, with its choices.</summary>
    public Prompt CurrentPrompt()
    {
        var t = Texts;
        // Ids starting with "/" are commands: they keep working on older messages, whatever the state.
        var cancel = new Choice("/batal", t.Cancel, m => m.CancelAsync());
        var menu = new Choice("/menu", t.BackToMenu, m => m.ShowMenuAsync());
        return conversation.State switch
        {
            ConversationState.AwaitingConsent => Browsing($"{t.PrivacyNotice}\n{t.ConsentQuestion}",
                new("consent:yes", t.Agree, m => m.AgreeAsync()),
                new("consent:no", t.Decline, m => m.DeclineAsync())),
            ConversationState.InformationMenu => Browsing(t.InformationQuestion,
                [.. catalog.Menu(client.Language).Select(topic => TopicChoice(topic.Key, topic.Title)), menu]),
            ConversationState.ReadingTopic => Browsing(catalog.Find(conversation.TopicKey, client.Language)?.Body ?? t.TopicMissing,
                new("menu:info", t.OtherTopics, m => m.OpenInformationAsync()),
                new("menu:help", t.MenuHelp, m => m.RequestHelpAsync()),
                menu),
            ConversationState.ChoosingNews => NewsPrompt(t, menu),
            ConversationState.ConfirmingErasure => new Prompt(t.EraseQuestion,
                [new("erase:yes", t.EraseConfirm, m => m.ConfirmErasureAsync()), new("/menu", t.EraseKeep, m => m.ShowMenuAsync())]),
            ConversationState.Emergency => Browsing(EmergencyNumbers(),
                new("emergency:help", t.EmergencyHelpNow, m => m.RequestUrgentHelpAsync()),
                menu),
            ConversationState.AskCategory => Options(t.AskCategory, "category", t.Categories, (m, c) => m.ChooseCategoryAsync(c), cancel),
            ConversationState.AskRecipient => Options(t.AskRecipient, "recipient", t.Recipients, (m, r) => m.ChooseRecipientAsync(r), cancel),
            ConversationState.AskDescription => new Prompt(ReplyMarkup.Format(t.AskDescription, ConversationLimits.MaxTextLength), [cancel])
            {
                OnText = DescribeAsync,
            },
            ConversationState.AskKecamatan => Options(t.AskKecamatan, "kecamatan", t.Kecamatans, (m, k) => m.ChooseKecamatanAsync(k), cancel),
            ConversationState.AskContactMethod => new Prompt(t.AskContactMethod,
                [
                    new("contact:chat", t.ContactMethods[ContactMethod.ThisChat], m => m.ChooseChatContactAsync()),
                    new("contact:phone", t.ContactMethods[ContactMethod.PhoneCall], m => m.ChoosePhoneContactAsync()),
                    cancel,
                ]),
            ConversationState.AskPhoneNumber => new Prompt(t.AskPhoneNumber,
                [new("contact:chat", t.ContactMethods[ContactMethod.ThisChat], m => m.ChooseChatContactAsync()), cancel])
            {
                OnText = GivePhoneNumberAsync,
            },
            ConversationState.AskDanger => new Prompt(t.AskDanger,
                [new("danger:yes", t.Yes, m => m.AnswerDangerAsync(true)), new("danger:no", t.No, m => m.AnswerDangerAsync(false)), cancel]),
            ConversationState.ConfirmIntake => new Prompt($"{Summary()}\n\n{t.ConfirmQuestion}",
                [new("intake:send", t.Send, m => m.ConfirmAsync()), new("intake:edit", t.Edit, m => m.EditAsync()), cancel]),
            _ => Browsing(t.MenuQuestion,
                new("menu:info", t.MenuInformation, m => m.OpenInformationAsync()),
                new("menu:help", t.MenuHelp, m => m.RequestHelpAsync()),
                TopicChoice(InformationCatalog.PartnersKey, t.MenuPartners),
                new("menu:news", t.MenuNews, m => m.OpenNewsAsync()),
                new("menu:erase", t.MenuErase, m => m.RequestErasureAsync()),
                new("/darurat", t.MenuEmergency, m => m.ReportEmergencyAsync())),
        };
    }

    private Prompt NewsPrompt(ConversationTexts t, Choice menu)
    {
        var open = Enum.GetValues<NewsTopic>().Where(topic => !SubscribedTopics.Contains(topic)).ToList();
        return Browsing(open.Count == 0 ? t.NewsAllChosen : t.NewsQuestion,
            [.. open.Select(topic => new Choice($"news:{topic}", t.NewsTopics[topic], m => m.SubscribeAsync(topic))), menu]);
    }

    private Prompt Browsing(string text, params Choice[] choices) => new(text, choices) { OnText = BrowseAsync };

    private static Choice TopicChoice(string key, string label) => new($"topic:{key}", label, m => m.ChooseTopicAsync(key));

    private static Prompt Options<T>(string question, string prefix, IReadOnlyDictionary<T, string> labels, Func<ConversationMachine, T, Task> choose, Choice cancel)
        where T : struct, Enum =>
        new(question, [.. labels.Select(l => new Choice($"{prefix}:{l.Key}", l.Value, m => choose(m, l.Key))), cancel]);

    /// <summary>
    /// Free text while browsing. A family with an open case is writing to its counsellor, so the text goes
    /// to the case first; words of danger show the emergency numbers; other topic words answer that topic.
    /// </summary>
    private async Task<bool> BrowseAsync(ConversationMachine machine, string text)
    {
        var topic = catalog.Match(text);
        if (HasOpenCase) await machine.WriteToCaseAsync(text);
        if (topic == InformationCatalog.EmergencyKey) await machine.ReportEmergencyAsync();
        else if (topic is not null && !HasOpenCase) await machine.ChooseTopicAsync(topic);
        return HasOpenCase || topic is not null;
    }

    private async Task<bool> DescribeAsync(ConversationMachine machine, string text)
    {
        if (text.Length < ConversationLimits.MinDescriptionLength)
        {
            Say(t => t.DescriptionTooShort);
            await AskAsync();
            return true;
        }
        await machine.DescribeAsync(text);
        return true;
    }

    private async Task<bool> GivePhoneNumberAsync(ConversationMachine machine, string text)
    {
        if (!IndonesianPhoneNumber.TryNormalize(text, out var phone))
        {
            Say(t => t.InvalidPhoneNumber);
            await AskAsync();
            return true;
        }
        await machine.GivePhoneNumberAsync(phone);
        return true;
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
        if (conversation.Urgent) summary.Append($"• {t.SummaryUrgent}: {t.Yes}\n");
        summary.Append($"• {t.SummaryDescription}: <i>{ReplyMarkup.Escape(conversation.Description ?? "")}</i>");
        return summary.ToString();
    }
}
