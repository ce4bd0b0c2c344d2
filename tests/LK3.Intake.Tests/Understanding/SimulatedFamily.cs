using LK3.Intake.Cases;
using LK3.Intake.Conversations;
using LK3.Intake.Tests.Engine;
using Microsoft.EntityFrameworkCore;

namespace LK3.Intake.Tests.Understanding;

/// <summary>
/// One family of the evaluation set in a chat of its own: it sends its message as the first one, then answers whatever
/// the bot asks by typing (never a button), the way families write, and truthfully (its danger, its category).
/// What the bot asks is read from the conversation's state, as a person reads the question.
/// </summary>
public sealed class SimulatedFamily(EngineHarness engine, EvaluationRow row, int seed)
{
    private const int MaxTurns = 16;
    private const int GiveUpAfter = 3;

    private readonly string _chatId = $"eval-{row.Line}";
    private readonly List<IReadOnlyList<Reply>> _turns = [];

    private static readonly string[] Consents = ["iya bu setuju", "ya", "boleh", "oke setuju", "setuju", "iya silakan", "ya saya setuju", "iya boleh kak"];
    private static readonly string[] UrgentHelp = ["iya tolong", "ya bantu sy", "iya", "tolong bu"];
    private static readonly string[] Right = ["iya", "betul", "ya bu", "iya benar"];
    private static readonly string[] Wrong = ["bukan", "bukan bu", "bukan itu"];
    private static readonly string[] Enough = ["sudah cukup", "itu aja bu", "cukup"];
    private static readonly string[] Places =
    [
        "loktuan", "tanjung laut", "berbas tengah", "gunung elai", "kanaan", "bontang utara", "di luar bontang", "belimbing", "api2",
        "satimpo", "gunung telihan", "bontang kuala", "tanjung laut indah", "bontang lestari", "guntung", "berbas pantai", "bontang baru",
    ];
    private static readonly string[] Contacts = ["lewat chat aja", "telpon aja", "chat aja bu", "ditelpon aja"];
    private static readonly string[] Phones = ["0813 4567 8910 jgn tlp ke no suami", "08125556789", "no sy 0821-3344-5566, tlp siang aja"];
    private static readonly string[] DangerNow = ["iya", "ada bu"];
    private static readonly string[] NoDanger = ["tidak", "gk ada", "aman"];
    private static readonly string[] Sends = ["iya kirim", "sudah benar", "kirim", "ok kirim"];

    private static readonly Dictionary<ProblemCategory, string[]> CategoryWords = new()
    {
        [ProblemCategory.DomesticViolence] = ["kdrt", "kekerasan", "kekerasan dalam rumah tangga"],
        [ProblemCategory.FamilyConflict] = ["masalah keluarga", "konflik keluarga", "ribut sm keluarga"],
        [ProblemCategory.ChildProtection] = ["anak", "pengasuhan anak", "masalah anak"],
        [ProblemCategory.Youth] = ["remaja", "masalah remaja", "anak remaja"],
        [ProblemCategory.Economic] = ["ekonomi", "masalah ekonomi", "keuangan"],
        [ProblemCategory.Health] = ["kesehatan", "sakit", "kesehatan jiwa"],
        [ProblemCategory.Other] = ["lainnya", "lain lain", "yg lain"],
    };

    public async Task<FamilyOutcome> RunAsync()
    {
        var outcome = new FamilyOutcome(row);
        if (row.Intent is ExpectedIntent.Yes or ExpectedIntent.No)
        {
            // An answer to a yes/no question: the privacy question, asked after a greeting.
            await SendAsync("halo");
            await SendAsync(row.Text);
            outcome.ConsentRead = await ConsentAsync() == (row.Intent == ExpectedIntent.Yes);
            return Finish(outcome);
        }

        var first = await SendAsync(row.Text);
        outcome.NumbersFirst = first.Count > 0 && first[0].Urgent;
        outcome.NumbersAtFirst = first.Any(r => r.Urgent);
        var stuck = 0;
        var previous = ConversationState.New;
        for (var turn = 0; turn < MaxTurns; turn++)
        {
            var (state, conversation) = await StateAsync();
            // A family asked the same question again and again gives up, as people do.
            stuck = state == previous ? stuck + 1 : 0;
            previous = state;
            if (stuck == GiveUpAfter) break;
            if (row.Intent == ExpectedIntent.Info && state == ConversationState.ReadingTopic && TopicMatches(conversation?.TopicKey))
            {
                outcome.TopicAnswered = true;
            }
            if (await CaseAsync() is { } created)
            {
                outcome.CaseCategory = created.Category;
                break;
            }
            var answer = Answer(state, conversation, outcome);
            if (answer is null) break;
            await SendAsync(answer);
        }
        return Finish(outcome);
    }

    private FamilyOutcome Finish(FamilyOutcome outcome)
    {
        outcome.Turns = _turns.Count;
        outcome.Misunderstood = _turns.Count(replies => replies.Any(IsNotUnderstood));
        outcome.FirstMisunderstood = _turns.Count > 0 && _turns[row.Intent is ExpectedIntent.Yes or ExpectedIntent.No ? ^1 : 0].Any(IsNotUnderstood);
        outcome.UrgentAnywhere = _turns.Any(replies => replies.Any(r => r.Urgent));
        return outcome;
    }

    /// <summary>What the family types next, or null when it has nothing more to say here.</summary>
    private string? Answer(ConversationState state, Conversation? conversation, FamilyOutcome outcome)
    {
        var wantsHelp = row.Intent == ExpectedIntent.Help;
        switch (state)
        {
            case ConversationState.AwaitingConsent:
                return Pick(Consents);
            case ConversationState.Emergency when wantsHelp:
                return Pick(UrgentHelp);
            case ConversationState.AskCategory when wantsHelp:
                outcome.CategoryAskedFromList = true;
                return Pick(CategoryWords[Label]);
            case ConversationState.ConfirmCategory when wantsHelp:
                outcome.CategoryAskedBack = true;
                outcome.CategoryGuess ??= conversation?.Category;
                return Pick(conversation?.Category == Label ? Right : Wrong);
            case ConversationState.AskRecipient when wantsHelp:
                outcome.CategoryGuess ??= conversation?.Category;
                return row.Text.Contains("anak", StringComparison.OrdinalIgnoreCase) ? "anak sy" : Pick(["saya sendiri", "keluarga sy", "utk saya"]);
            case ConversationState.AskDescription when wantsHelp:
                return conversation?.Description is null ? row.Text : Pick(Enough);
            case ConversationState.AskKecamatan when wantsHelp:
                return Pick(Places);
            case ConversationState.AskContactMethod when wantsHelp:
                return Pick(Contacts);
            case ConversationState.AskPhoneNumber when wantsHelp:
                return Pick(Phones);
            case ConversationState.AskDanger when wantsHelp:
                return Pick(row.Danger ? DangerNow : NoDanger);
            case ConversationState.ConfirmIntake when wantsHelp:
                return Pick(Sends);
            default:
                return null;
        }
    }

    private ProblemCategory Label => Enum.Parse<ProblemCategory>(row.Detail);

    /// <summary>The set's topic names and the catalog's keys (both spellings of a topic are taken as the same answer).</summary>
    private bool TopicMatches(string? key) => key is not null && (row.Detail switch
    {
        "informasi" => ["pemberian-informasi"],
        "siapa-dilayani" => ["sasaran"],
        "lembaga-rujukan" => ["mitra"],
        "alamat" or "jam" => [row.Detail, "kontak"],
        var topic => new[] { topic },
    }).Contains(key);

    private string Pick(string[] choices) => choices[(seed + _turns.Count) % choices.Length];

    private async Task<IReadOnlyList<Reply>> SendAsync(string text)
    {
        var replies = await engine.TypeAsync(_chatId, text);
        _turns.Add(replies);
        return replies;
    }

    private async Task<(ConversationState, Conversation?)> StateAsync()
    {
        await using var db = engine.Database.NewContext();
        var conversation = await db.Conversations.AsNoTracking().SingleOrDefaultAsync(c => db.Clients.Any(k => k.Id == c.ClientId && k.ChatId == _chatId));
        return (conversation?.State ?? ConversationState.New, conversation);
    }

    private async Task<IntakeCase?> CaseAsync()
    {
        await using var db = engine.Database.NewContext();
        return await db.Cases.AsNoTracking().SingleOrDefaultAsync(c => db.Clients.Any(k => k.Id == c.ClientId && k.ChatId == _chatId));
    }

    private async Task<bool?> ConsentAsync()
    {
        await using var db = engine.Database.NewContext();
        return await db.ConsentRecords.Where(r => db.Clients.Any(k => k.Id == r.ClientId && k.ChatId == _chatId))
            .OrderByDescending(r => r.Id).Select(r => (bool?)r.Granted).FirstOrDefaultAsync();
    }

    private static bool IsNotUnderstood(Reply reply) =>
        reply.Text.StartsWith(ConversationTexts.Indonesian.NotUnderstood, StringComparison.Ordinal)
        || reply.Text.StartsWith(ConversationTexts.English.NotUnderstood, StringComparison.Ordinal);
}

/// <summary>What happened to one family of the set.</summary>
public sealed class FamilyOutcome(EvaluationRow row)
{
    public EvaluationRow Row { get; } = row;
    public bool NumbersFirst { get; set; }
    public bool NumbersAtFirst { get; set; }
    public bool UrgentAnywhere { get; set; }
    public bool TopicAnswered { get; set; }
    public bool? ConsentRead { get; set; }
    public ProblemCategory? CaseCategory { get; set; }
    public ProblemCategory? CategoryGuess { get; set; }
    public bool CategoryAskedFromList { get; set; }
    public bool CategoryAskedBack { get; set; }
    public int Turns { get; set; }
    public int Misunderstood { get; set; }
    public bool FirstMisunderstood { get; set; }
}
