using LK3.Intake.Cases;
using LK3.Intake.Clients;
using LK3.Intake.Counsellors;
using LK3.Intake.FollowUps;
using LK3.Intake.Information;
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
    InformationCatalogCache catalogs,
    TimeProvider time,
    IOptions<ConversationOptions> options)
{
    /// <summary>Whole messages (punctuation aside) that show the emergency numbers at once, wherever the family is.</summary>
    private static readonly HashSet<string> EmergencyWords = ["darurat", "emergency", "sos", "tolong darurat", "darurat tolong", "help darurat"];

    /// <summary>Whole messages that stop broadcasts, as well as /berhenti.</summary>
    private static readonly HashSet<string> StopWords = ["berhenti", "stop", "unsubscribe", "berhenti langganan"];

    public async Task<IReadOnlyList<Reply>> HandleAsync(IncomingActivity activity, CancellationToken cancellationToken = default)
    {
        activity = activity with { Text = ConversationLimits.WithoutControlCharacters(activity.Text) };
        if (await counsellors.TryHandleAsync(activity, cancellationToken) is { } counsellorReplies) return counsellorReplies;

        var now = time.GetUtcNow();
        var client = await FindOrCreateClientAsync(activity, now, cancellationToken);
        var conversation = client.Conversation ??= new Conversation { LastActivityAt = now };
        var idle = now - conversation.LastActivityAt > options.Value.IdleTimeout;
        conversation.LastActivityAt = now;

        var turn = new ConversationTurn(
            db,
            client,
            conversation,
            await db.ConsentRecords.Where(r => r.ClientId == client.Id).OrderByDescending(r => r.Id).Select(r => (bool?)r.Granted).FirstOrDefaultAsync(cancellationToken),
            await db.Cases.Where(c => c.ClientId == client.Id && c.Stage != CaseStage.Closed).OrderByDescending(c => c.Id).FirstOrDefaultAsync(cancellationToken),
            await db.Subscriptions.FirstOrDefaultAsync(s => s.ClientId == client.Id, cancellationToken),
            await catalogs.GetAsync(db, cancellationToken),
            assignment,
            relay,
            erasure,
            officeHours,
            now);
        var machine = new ConversationMachine(conversation, turn);
        await DispatchAsync(activity, machine, turn, idle);
        return turn.Replies;
    }

    private async Task<Client> FindOrCreateClientAsync(IncomingActivity activity, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var client = await db.Clients.Include(c => c.Conversation)
            .FirstOrDefaultAsync(c => c.Channel == activity.Channel && c.ChatId == activity.ChatId, cancellationToken);
        if (client is null)
        {
            client = new Client
            {
                Channel = activity.Channel,
                ChatId = activity.ChatId,
                Language = activity.LanguageHint?.StartsWith(Languages.English, StringComparison.OrdinalIgnoreCase) == true ? Languages.English : Languages.Indonesian,
                FirstSeenAt = now,
            };
            db.Clients.Add(client);
        }
        client.LastSeenAt = now;
        client.UnreachableSince = null;
        return client;
    }

    private static async Task DispatchAsync(IncomingActivity activity, ConversationMachine machine, ConversationTurn turn, bool idle)
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
            turn.Say(t => string.Format(CultureInfo.InvariantCulture, t.TooLong, ConversationLimits.MaxTextLength));
            await AskOrStartAsync(machine, turn);
            return;
        }
        if (text is not null && EmergencyWords.Contains(InformationCatalog.NormalizeWords(text)))
        {
            await machine.ReportEmergencyAsync();
            return;
        }
        if (text is not null && StopWords.Contains(InformationCatalog.NormalizeWords(text)))
        {
            await RunCommandAsync("/berhenti", machine, turn);
            return;
        }
        if (text is not null && text.StartsWith('/'))
        {
            await RunCommandAsync(text, machine, turn);
            return;
        }
        if (machine.State == ConversationState.New)
        {
            await machine.StartAsync();
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
        if (activity.Kind == ActivityKind.Text && prompt.OnText is { } onText && await onText(machine, text!))
        {
            return;
        }
        // Something that answers nothing here, after a long silence: start again from the menu rather than puzzle the family.
        if (idle && machine.State != ConversationState.MainMenu)
        {
            await machine.ExpireAsync();
            return;
        }
        switch (activity.Kind)
        {
            case ActivityKind.Choice:
                turn.Say(t => t.StaleButton);
                break;
            case ActivityKind.Text:
                turn.Say(t => t.NotUnderstood);
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
