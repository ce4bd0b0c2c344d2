using System.Text.RegularExpressions;
using LK3.Intake.Cases;
using LK3.Intake.Conversations;

namespace LK3.Intake.Understanding;

/// <summary>Typed answers to the questions of the help intake, in the many ways families write them.</summary>
public static partial class AnswerReader
{
    /// <summary>
    /// Yes or no, when the message says little else: "iya bu setuju", "oke", "nggih", "boleh" are yes; "tidak", "gk usah",
    /// "jgn disimpan ya", "ndak mau" are no ("tidak apa apa" is yes). Null when it is neither, or says more than that.
    /// </summary>
    public static bool? YesOrNo(ReadText text)
    {
        // "gk tau", "iya tapi gk tau" are no answer, though "tidak, mungkin besok" is a no; nor is "iya bentar" (wait), nor a
        // message giving a number, whose "no" is "nomor".
        if (IsUnsure(text) && (OpensWith(text, Concept.Unsure) || !FirstWord(text, Concept.No))) return null;
        if (text.Of(Concept.Later).Any(l => !InsidePhrase(text, l, Concept.Yes)) || Phone(text.Original) is not null) return null;
        // "ya allah", "ya ampun": a cry, not a yes.
        if (text.Tokens.Zip(text.Tokens.Skip(1)).Any(p => p.First.Word == "ya" && Exclamations.Contains(p.Second.Word))) return null;
        var yesPhrases = text.Of(Concept.Yes).Where(m => IsPhrase(text, m)).ToList();
        // The words of a yes phrase ("bisa dibilang", "kurang lebih") are the answer, not other words around it.
        var other = text.Tokens.Where((_, i) => !yesPhrases.Any(p => p.Start <= i && i <= p.End))
            .Count(t => !t.Concepts.Any(c => c is Concept.Yes or Concept.No or Concept.Filler or Concept.Plea or Concept.Greeting));
        if (text.Has(Concept.Question) && yesPhrases.Count == 0) return null;
        // "jangan dicatat nama sy ya, takut…", "iya, tp…": the first word answers, whatever follows it.
        if (other > 2) return FirstWord(text, Concept.No) ? false : FirstWord(text, Concept.Yes) && other <= 6 ? true : null;
        // "bukan seperti itu" denies the phrase.
        if (yesPhrases.Count > 0) return !yesPhrases.All(m => Denied(text, m));
        // The "gk" of "iya tapi gk tau" doubts; it does not refuse.
        if (Denials(text).Any()) return false;
        return text.Has(Concept.Yes) ? true : null;
    }

    private static readonly HashSet<string> Exclamations = ["allah", "tuhan", "ampun", "gusti", "rabb", "robb", "god"];

    /// <summary>
    /// "sy mau lapor kdrt", "mau tanya dulu", "mau minta tolong": "mau" (want) is the only yes-word, and what is wanted is
    /// something other than what was asked. "gk mau, …" is a no.
    /// </summary>
    public static bool WantsSomethingElse(ReadText text) =>
        text.Has(Concept.Yes) && text.Of(Concept.Yes).All(m => text.Tokens[m.Start].Lemma == "mau")
        && text.Of(Concept.Yes).Any(m => m.Start == 0 || !text.Tokens[m.Start - 1].Concepts.Contains(Concept.No))
        && text.Tokens.Any(t => !t.Concepts.Overlaps([Concept.Yes, Concept.No, Concept.Filler, Concept.Plea, Concept.Greeting]));

    /// <summary>Doubt of the family's own ("gk tau", "blm yakin"), not what someone else does not know ("asal suami gk tau").</summary>
    public static bool IsUnsure(ReadText text) =>
        text.Of(Concept.Unsure).Any(m => m.Start == 0 || !IsSomeoneElse(text.Tokens[m.Start - 1]));

    /// <summary>Someone at home who may hurt the family or must not see the chat: "suami", "bapaknya", "dia"; a child never.</summary>
    private static bool IsAnotherAdult(Token token) => IsSomeoneElse(token) && !token.Concepts.Contains(Concept.Child);

    private static bool IsSomeoneElse(Token token) =>
        token.Word is "dia" or "mereka" or "orang"
        || token.Concepts.Overlaps([Concept.Partner, Concept.Outsider, Concept.Child])
        || token.Concepts.Contains(Concept.FamilyMember) && !token.Concepts.Contains(Concept.Filler);

    /// <summary>
    /// At the privacy question, a worry that someone learns of the chat: "takut ketahuan", "sy gk mau suami tau", "nanti
    /// suami baca".
    /// </summary>
    public static bool FearsBeingFoundOut(ReadText text) =>
        text.Tokens.Any(t => t.Word == "ketahuan")
        // "dont tell my husband"; not "i need to tell you my husband beats me".
        || text.Tokens.Zip(text.Tokens.Skip(1)).Any(p => p.First.Word is "dont" or "not" && p.Second.Word == "tell")
        || text.Tokens.Any(IsSomeoneElse) && text.Tokens.Any(t => FoundOut.Contains(t.Lemma));

    /// <summary>
    /// "setuju tp jgn kasih tau suami sy ya", "iya, asal suami gk tau": a yes first, on the condition that nobody at home learns
    /// of it, which is what LK3 does anyway. A question ("setuju, tp suami bakal tau gk?") is no yes yet.
    /// </summary>
    public static bool ConsentsOnSecrecy(ReadText text)
    {
        // The yes is its own clause's word: not "ya udah gk usah bu, takut ketahuan", nor "ya allah suami sy bakal tau".
        var first = text.Tokens.TakeWhile(t => t.Clause == text.Tokens[0].Clause).ToList();
        var opening = first.FirstOrDefault(t => !t.Concepts.Overlaps([Concept.Greeting, Concept.Salam, Concept.Filler, Concept.Self]));
        return !text.HasQuestionMark && opening?.Concepts.Contains(Concept.Yes) == true && !WantsSomethingElse(text) && FearsBeingFoundOut(text)
            && !first.Any(t => t.Concepts.Contains(Concept.No) || Exclamations.Contains(t.Word));
    }

    /// <summary>
    /// Yes or no to the privacy question: never from a question ("emang harus ya?"), a wish for something else ("sy mau
    /// lapor kdrt") or a worry that someone at home finds out, which are answered instead.
    /// </summary>
    public static bool? Consent(ReadText text) =>
        text.HasQuestionMark || WantsSomethingElse(text) || FearsBeingFoundOut(text) || DoesNotUnderstand(text) ? null : YesOrNo(text);

    /// <summary>
    /// "sy gk ngerti", "gk paham bu", "maksudnya?", "kenapa ditanya?": the question was not understood, which is never a no.
    /// </summary>
    public static bool DoesNotUnderstand(ReadText text) =>
        text.ContentWords() <= FewWords
        && (text.Has(Concept.No) && text.Tokens.Any(t => t.Lemma is "erti" or "paham" or "understand")
            || (text.HasQuestionMark || text.Has(Concept.Question))
                && (text.Tokens.Any(t => t.Lemma is "maksud" or "mean") || text.Tokens.Any(t => t.Word is "kenapa" or "mengapa" or "why")
                    && text.Tokens.Any(t => t.Lemma is "tanya" or "ask")));

    /// <summary>A few words: an aside about the question ("maksudnya?"), or who is home ("suami di rumah").</summary>
    private const int FewWords = 4;

    /// <summary>
    /// A few words of worry whether what is written stays private: a question ("rahasia kan?", "aman gk data sy?", "suami sy
    /// bakal tau gk kalo sy lapor?") or a fear of being found out ("takut ketahuan", "sy gk mau suami tau"). Never with trouble
    /// told ("anak sy liat bapaknya mukul sy", "suami sy gk tau sy utang banyak" are stories). A longer message is read for
    /// its topic or its story.
    /// </summary>
    public static bool WorriesAboutPrivacy(ReadText text)
    {
        if (text.ContentWords() > MaxWordsOfAPrivacyQuestion || CategoryClassifier.TellsOfTrouble(text)) return false;
        // "aman gk", "rahasia kan", "rahasia ya": a question by its last word.
        var asks = text.HasQuestionMark || text.Has(Concept.Question) || text.Tokens is [.., { Word: "kan" or "tidak" or "ya" }];
        var foundOut = FearsBeingFoundOut(text);
        var privacy = foundOut || MentionsPrivacy(text) || text.Tokens.Any(t => t.Lemma == "data") && text.Tokens.Any(t => t.Lemma == "aman");
        var notToBeKnown = text.Tokens.Any(t => t.Word is "ketahuan" or "jangan") || text.Has(Concept.Fear)
            || text.Tokens.Zip(text.Tokens.Skip(1)).Any(p => p.First.Word == "tidak" && p.Second.Word == "mau");
        return asks && privacy || foundOut && notToBeKnown;
    }

    /// <summary>"rahasia", "privasi": the words of privacy itself.</summary>
    public static bool MentionsPrivacy(ReadText text) => text.Tokens.Any(t => Private.Contains(t.Lemma));

    private const int MaxWordsOfAPrivacyQuestion = 8;

    private static readonly HashSet<string> Private = ["rahasia", "privasi", "privacy", "private", "confidential", "secret"];

    private static readonly HashSet<string> FoundOut =
        ["tahu", "tau", "baca", "lihat", "liat", "buka", "cek", "periksa", "know", "read", "see", "find"];

    /// <summary>The no-words of the message that deny, not those inside "tidak apa apa" (yes) or "gk tau" (unsure).</summary>
    private static IEnumerable<ConceptMatch> Denials(ReadText text) =>
        text.Of(Concept.No).Where(n => !InsidePhrase(text, n, Concept.Yes, Concept.Unsure));

    private static bool InsidePhrase(ReadText text, ConceptMatch match, params Concept[] phrases) =>
        phrases.SelectMany(text.Of).Any(p => IsPhrase(text, p) && p.Start <= match.Start && match.End <= p.End);

    /// <summary>A phrase of several words within one clause: "gk, salah nomornya" is no "tidak salah".</summary>
    private static bool IsPhrase(ReadText text, ConceptMatch match) =>
        match.End > match.Start && text.Tokens[match.Start].Clause == text.Tokens[match.End].Clause;

    private static bool FirstWord(ReadText text, Concept concept) =>
        text.Tokens.FirstOrDefault(t =>
                !t.Concepts.Overlaps([Concept.Greeting, Concept.Salam]) && !(t.Concepts.Contains(Concept.Filler) && !t.Concepts.Contains(concept)))
            ?.Concepts.Contains(concept) == true;

    /// <summary>Whether the message begins, after greetings and fillers, with the concept ("sy gk tau": unsure).</summary>
    private static bool OpensWith(ReadText text, Concept concept)
    {
        var first = FirstWordIndex(text);
        return first >= 0 && text.Of(concept).Any(m => m.Start == first);
    }

    /// <summary>Where the message begins after greetings and fillers; -1 when it is nothing else.</summary>
    private static int FirstWordIndex(ReadText text) =>
        text.Tokens.ToList().FindIndex(t => !t.Concepts.Overlaps([Concept.Greeting, Concept.Salam, Concept.Filler]));

    /// <summary>
    /// A refusal: "gk usah", "tidak, makasih, sudah ketemu", or one opening with "gak usah/tidak perlu/tidak mau" whatever follows
    /// ("gak usah bu, anak sy udh pulang") — not a no followed by more ("gk bisa ngomong skrg, suami ada di rumah").
    /// </summary>
    public static bool DeclinesOutright(ReadText text)
    {
        if (YesOrNo(text) != false) return false;
        var first = FirstWordIndex(text);
        // "tidak, makasih, …": a no alone in its clause, with thanks.
        var noThanks = text.Has(Concept.Thanks) && first >= 0 && text.Tokens
            .Where(t => t.Clause == text.Tokens[first].Clause)
            .All(t => t.Concepts.Overlaps([Concept.No, Concept.Filler, Concept.Greeting, Concept.Thanks]));
        return noThanks || text.ContentWords(Concept.No, Concept.Thanks) <= 1 || Denials(text).Any(n => n.Start == first && IsPhrase(text, n));
    }

    /// <summary>"masih takut", "sy takut bgt" — not "gak takut kok".</summary>
    public static bool TellsFear(ReadText text) => text.Has(Concept.Fear) && !Negated(text, Concept.Fear);

    /// <summary>"sy sedih bgt", "nangis terus", "😭😭": a feeling told, not denied ("gk sedih kok").</summary>
    public static bool TellsSadness(ReadText text) => text.Has(Concept.Sadness) && !Negated(text, Concept.Sadness);

    /// <summary>"ibu sy sakit gk ada biaya berobat", "gk punya uang": money lacked, not a question about what things cost.</summary>
    public static bool LacksMoney(ReadText text) => text.Of(Concept.Money).Any(m => Denied(text, m));

    /// <summary>"🙏", "👍", "🙂🙂": only emoji, which a person would take as a nod.</summary>
    public static bool OnlyEmoji(string text) =>
        text.Any(char.IsSurrogate) && !text.Any(char.IsLetterOrDigit);

    /// <summary>"sudah aman", "alhamdulillah aman" — not "tidak aman" or "blm aman".</summary>
    public static bool SaysSafe(ReadText text) => text.Has(Concept.Safe) && !text.Of(Concept.Safe).Any(m => Denied(text, m));

    /// <summary>
    /// Whether every mention of the concept is denied: "tidak", "belum" or "kurang" up to two words before it in the same
    /// clause ("tidak aman", "gak takut"; not "jangan chat, telpon aja", nor "gak papa telpon"; "sy gk takut tp anak sy takut" is not).
    /// </summary>
    private static bool Negated(ReadText text, Concept concept) => text.Of(concept).Any() && text.Of(concept).All(m => Denied(text, m));

    /// <summary>The word at <paramref name="index"/> denied ("gk pernah", "suami gk pulang").</summary>
    private static bool DeniedAt(ReadText text, int index) => Denied(text, new ConceptMatch(Concept.No, index, index, text.Tokens[index].Clause));

    /// <summary>"tidak", "belum" or "kurang" up to two words before the match, in its clause.</summary>
    private static bool Denied(ReadText text, ConceptMatch match) =>
        Denials(text).Select(n => n.End)
            .Concat(text.Tokens.Select((t, i) => (t, i)).Where(x => x.t.Word is "belum" or "kurang").Select(x => x.i))
            .Any(end => end < match.Start && match.Start - end <= 2 && text.Tokens[end].Clause == text.Tokens[match.Start].Clause);

    /// <summary>
    /// The answer to "is anyone in danger now?": also "ada", "tidak ada", "aman" ("tidak aman" is yes), or danger told in words.
    /// Fear ("masih takut") and doubt ("gk tau", "blm yakin") are taken as yes — the intake is marked urgent rather than a
    /// family in doubt left to wait — unless denied ("gak takut kok") or after a no ("tidak, mungkin besok sy ke kantor").
    /// </summary>
    public static bool? InDanger(Understood message)
    {
        if (message.Danger != Danger.None) return true;
        var text = message.Text;
        // Fear or doubt told outweighs "aman" or "tidak ada" beside it ("aman tp masih takut", "tidak ada, cuma takut").
        if (text.Has(Concept.Fear) && !Negated(text, Concept.Fear)) return true;
        if (IsUnsure(text) && (OpensWith(text, Concept.Unsure) || !FirstWord(text, Concept.No))) return true;
        // Danger that comes and goes, said as the answer ("kadang2", "dulu pernah"), is danger; not "gk pernah", nor "kadang2 sy sedih".
        if (text.ContentWords() <= 2 && text.Tokens.Select((t, i) => (t, i)).Any(x => Recurring.Contains(x.t.Word) && !DeniedAt(text, x.i))) return true;
        // Harm told as what may come is danger too ("skrg sih enggak, tp kalo dia pulang mabuk bisa ngamuk"), not "gk pernah mukul".
        if (HarmTold(text)) return true;
        // Someone still to come home ("skrg sih aman, tp nanti mlm dia pulang", "dia blm pulang") is danger on its way; someone at
        // home or coming in a few words ("suami di rumah", "suami pulang mabuk", "sst") is danger here.
        if (ComesHomeLater(text) || MustStopNow(text) || IsHomeNow(text)) return true;
        // "sy udh aman tp anak sy blm aman": anyone not safe is danger.
        if (text.Has(Concept.Safe)) return !SaysSafe(text);
        if (text.Has(Concept.Fear)) return false;
        var there = text.Tokens.Select((t, i) => (t, i)).Where(x => x.t.Word == "ada").ToList();
        var saysThereIs = there.Count > 0;
        // "tidak ada", not "iya ada, tp jgn telpon ya".
        if (there.Any(x => Denials(text).Any(n => n.End < x.i && x.i - n.End <= 2 && text.Tokens[n.End].Clause == x.t.Clause))) return false;
        // "ya, bentar lg dia pulang": a yes first, whatever follows it.
        return YesOrNo(text) ?? (FirstWord(text, Concept.Yes) || saysThereIs && text.ContentWords() <= 3 ? true : null);
    }

    /// <summary>
    /// Asked for their story, a family that hesitates to tell it — "malu sy ceritanya", "bingung mulai dr mana", "panjang
    /// ceritanya", "gmn ya ceritanya", "sy mau cerita" — rather than telling it: words about telling, with shame, confusion or
    /// a question, or alone, and no problem in them.
    /// </summary>
    public static bool HesitatesToTell(Understood message)
    {
        var text = message.Text;
        // "suami sy gk mau cerita apa2" is a story of someone else's silence.
        return message.Category is null && message.Danger == Danger.None && text.Tokens.Any(t => Telling.Contains(t.Lemma))
            && !text.Tokens.Any(IsSomeoneElse)
            && (text.Tokens.Any(t => Hesitation.Contains(t.Lemma)) || text.HasQuestionMark || text.Has(Concept.Question) || text.ContentWords() <= 3);
    }

    private static readonly HashSet<string> Telling = ["cerita", "mulai", "jelas", "ngomong", "bicara", "omong", "tulis", "story", "start", "explain"];

    private static readonly HashSet<string> Hesitation = ["malu", "bingung", "panjang", "susah", "sulit", "ragu", "embarrassed", "long", "hard"];

    /// <summary>
    /// Someone at home is coming and the family must stop writing now: "suami sy dtg, udh dulu ya", "bentar suami pulang",
    /// "udah dulu ya", or in two or three words: "suami pulang", "ada suami", "sst", "stop dulu". Not "suami sy gk pulang 3
    /// hari", "dia blm pulang".
    /// </summary>
    public static bool MustStopNow(ReadText text)
    {
        // Fear, or someone coming home later ("nanti dia pulang", "bentar lg suami pulang"), is danger to hear, not a goodbye; a
        // question or a habit ("suami jarang pulang") is no goodbye either.
        if (text.HasAny(Concept.Fear, Concept.Habitual) || text.HasQuestionMark || text.Tokens.Any(t => t.Word is "nanti" or "lagi")) return false;
        var thatIsAll = text.Tokens.Zip(text.Tokens.Skip(1)).Any(p => p.First.Word is "sudah" or "stop" && p.Second.Word == "dulu");
        var arriving = SomeoneArrives(text);
        var someoneElse = text.Tokens.Any(IsAnotherAdult);
        var fewWords = text.ContentWords() <= 3;
        return thatIsAll && text.ContentWords() <= 4
            || arriving && someoneElse && (fewWords || thatIsAll || text.Tokens.Any(t => t.Word is "sebentar" or "bentar" or "dulu") || WantsChatHidden(text))
            // "ada suami": opening the message, not "suami sy udh gk ada" nor "permisi, ada orang?".
            || fewWords && someoneElse && text.Tokens is [{ Word: "ada" }, ..]
            || text.Tokens.Any(t => t.Word is "sst" or "ssst" or "sstt" or "psst");
    }

    /// <summary>"sudah cukup", "cukup itu aja": nothing more to tell.</summary>
    public static bool SaysEnough(ReadText text) =>
        text.Tokens.Any(t => t.Word == "cukup")
        && text.Tokens.All(t => t.Word is "cukup" or "sudah" or "itu" or "saja" or "segitu" || t.Concepts.Contains(Concept.Filler));

    /// <summary>"hapus semua bu suami dtg": the chat to be out of sight, now.</summary>
    public static bool WantsChatHidden(ReadText text) => text.Tokens.Any(t => t.Lemma is "hapus" or "delete");

    private static bool IsHomeNow(ReadText text) =>
        text.ContentWords() <= FewWords && text.Tokens.Any(IsAnotherAdult)
        && (text.Tokens.Zip(text.Tokens.Skip(1)).Any(p => p.First.Word is "di" or "dalam" && p.Second.Word is "rumah" or "kamar") && !text.Has(Concept.No)
            || SomeoneArrives(text));

    /// <summary>"skrg sih aman, tp nanti mlm dia pulang", "kalo dia pulang mabuk bisa ngamuk": harm told as what may come.</summary>
    public static bool TellsOfHarmToCome(ReadText text) => ComesHomeLater(text) || HarmTold(text);

    private static bool HarmTold(ReadText text) => PossibleHarm.SelectMany(text.Of).Any(m => !Denied(text, m));

    /// <summary>Someone arriving, not denied ("suami pulang", not "suami gk pulang").</summary>
    private static bool SomeoneArrives(ReadText text) =>
        text.Tokens.Select((t, i) => (t, i)).Any(x => Arriving.Contains(x.t.Lemma) && !DeniedAt(text, x.i));

    private static bool ComesHomeLater(ReadText text) =>
        text.Tokens.Any(IsSomeoneElse) && text.Tokens.Select((t, i) => (t, i)).Any(x => Arriving.Contains(x.t.Lemma)
            && text.Tokens.Take(x.i).TakeLast(3).Any(before => before.Word is "nanti" or "belum" or "kalau" || before.Concepts.Contains(Concept.Later)));

    private static readonly HashSet<string> Arriving = ["datang", "pulang", "masuk", "balik", "bangun", "coming", "arrive", "arriving"];

    private static readonly HashSet<string> Recurring = ["kadang", "sering", "pernah", "lumayan", "sesekali", "sometimes", "often"];

    private static readonly Concept[] PossibleHarm = [Concept.Hit, Concept.Rage, Concept.Threat, Concept.Weapon, Concept.Kill, Concept.SexualAbuse];

    /// <summary>A category named in words ("kdrt", "ekonomi", "remaja", "lainnya"), or told by describing the problem.</summary>
    public static ProblemCategory? Category(Understood message) => CategoryNamed(message.Text) ?? message.Category?.Category;

    /// <summary>A category named by one of its names, in a short answer to the category question.</summary>
    public static ProblemCategory? CategoryNamed(ReadText text)
    {
        foreach (var (category, names) in CategoryNames)
        {
            if (text.Mentions(names)) return category;
        }
        return null;
    }

    private static readonly (ProblemCategory Category, string[] Names)[] CategoryNames =
    [
        (ProblemCategory.Other, ["lainnya", "lain", "other", "others"]),
        (ProblemCategory.Youth, ["remaja", "youth", "teen", "teenager", "abg"]),
        (ProblemCategory.DomesticViolence, ["kdrt", "kekerasan", "violence", "abuse"]),
        (ProblemCategory.Economic, ["ekonomi", "keuangan", "kemiskinan", "miskin", "economic", "money", "poverty", "finance"]),
        (ProblemCategory.Health, ["kesehatan", "gizi", "sakit", "health", "illness", "jiwa"]),
        (ProblemCategory.FamilyConflict, ["konflik", "keluarga", "family", "conflict", "pertengkaran", "ribut"]),
        (ProblemCategory.ChildProtection, ["anak", "pengasuhan", "child", "children", "parenting"]),
    ];

    /// <summary>Who needs help: "saya sendiri", "anak sy", "keluarga", "tetangga", "lembaga kami".</summary>
    public static HelpRecipient? Recipient(ReadText text)
    {
        // "sy sendiri, suami sy suka mukul", "adik sy, dia dibully di sekolah": the first words answer, the rest tells more.
        // Not a first part that only addresses staff ("Ibu, anak sy"), nor one the rest joins ("sy, sama anak2").
        var separator = text.Original.IndexOfAny(FirstPartEnds);
        var head = separator > 0 ? TypedTextReader.Read(text.Original[..separator]) : null;
        var joined = separator > 0 && text.Tokens.FirstOrDefault(t => t.Clause != text.Tokens[0].Clause) is { } next && AndWords.Contains(next.Word);
        if (head is not null && !joined && !head.Tokens.All(t => t.Concepts.Contains(Concept.Filler)) && RecipientNamed(head) is { } first) return first;
        return RecipientNamed(text);
    }

    private static HelpRecipient? RecipientNamed(ReadText text)
    {
        if (text.Has(Concept.Organisation) && !text.Has(Concept.Child)) return HelpRecipient.Organisation;
        if (text.Has(Concept.Outsider) || text.Tokens.Any(t => t.Word == "lain" || Pupils.Contains(t.Lemma))) return HelpRecipient.SomeoneElse;
        // A grandchild or a nephew is the family's child, not one's own.
        if (text.Tokens.Any(t => KinChildren.Contains(t.Lemma) || KinChildren.Contains(t.Word))) return HelpRecipient.MyFamily;
        // "sy ibunya": the one writing names themself by the child told of.
        var parentOfTheChild = text.Has(Concept.Self) && text.Tokens.Any(t => t.Word.EndsWith("nya", StringComparison.Ordinal) && Parents.Contains(t.Lemma));
        // "buat sy sm anak2": the one writing and the children together are the family.
        if (text.Has(Concept.Child) && SelfAndOthers(text)) return HelpRecipient.MyFamily;
        if (text.Has(Concept.Child) || parentOfTheChild) return HelpRecipient.MyChild;
        // "dua2nya", "keduanya", "semuanya": the family told of and the one writing, together.
        // "sy sendiri bu", "untuk aku kak": staff addressed at the end of the message are no family; "ibu sy" is.
        var family = text.Tokens.Select((t, i) => (t, i)).Any(x => x.t.Concepts.Overlaps([Concept.FamilyMember, Concept.Partner])
            && !(x.t.Concepts.Contains(Concept.Filler) && x.i == text.Tokens.Count - 1 && x.i > 0));
        if (family || text.Tokens.Any(t => Together.Contains(t.Word))) return HelpRecipient.MyFamily;
        if (text.Has(Concept.Oneself) || text.Has(Concept.Self) && !Negated(text, Concept.Self)) return HelpRecipient.Myself;
        return null;
    }

    private static readonly HashSet<string> Together = ["duanya", "keduanya", "semuanya", "berdua", "sekeluarga", "both"];

    /// <summary>"sy sm anak2", "aku dan adik": the one writing named, then "and" someone.</summary>
    private static bool SelfAndOthers(ReadText text) =>
        text.Tokens.Zip(text.Tokens.Skip(1))
            .Any(p => p.First.Concepts.Contains(Concept.Self) && AndWords.Contains(p.Second.Word));

    /// <summary>Words joining one person to another ("sy sm anak2").</summary>
    public static readonly HashSet<string> AndWords = ["sama", "dan", "dengan", "serta", "and"];

    private static readonly HashSet<string> KinChildren = ["cucu", "ponakan", "keponakan", "grandchild", "nephew", "niece"];

    private static readonly HashSet<string> Pupils = ["murid", "siswa", "siswi", "santri", "pelajar", "pupil", "student"];

    private static readonly HashSet<string> Parents = ["ibu", "bapak", "ayah", "mama", "mami", "umi", "abah", "emak", "mamak", "bunda"];

    /// <summary>
    /// At the kecamatan question, an answer that places the family without naming a kecamatan: they do not know it ("gk
    /// tau"), name Bontang alone, or give a street or a landmark ("jl ahmad yani", "dkt pasar"); a question is none.
    /// </summary>
    public static bool CannotNameKecamatan(ReadText text) =>
        !text.HasQuestionMark && !text.Has(Concept.Question)
        && (text.Has(Concept.Unsure) || text.Tokens.Any(t => t.Word == "bontang") || AddressWords().IsMatch(text.Original));

    /// <summary>A kecamatan by its name, by one of Bontang's kelurahan, by its direction alone, or outside Bontang.</summary>
    public static Kecamatan? Kecamatan(ReadText text)
    {
        var lexicon = Lexicon.Instance;
        foreach (var (place, kecamatan) in PlaceNames.Kelurahan.OrderByDescending(p => p.Key.Length))
        {
            var lemmas = lexicon.Lemmas(place);
            if (Enumerable.Range(0, text.Tokens.Count).Any(i => text.EndOfPhrase(lemmas, i) >= 0)) return kecamatan;
        }
        if (text.Has(Concept.OutsideBontang)) return Cases.Kecamatan.OutsideBontang;
        foreach (var token in text.Tokens)
        {
            if (PlaceNames.Directions.TryGetValue(token.Word, out var direction)) return direction;
        }
        return null;
    }

    /// <summary>The number the family writes from is the one to call ("nomor ini aja", "telpon ke no wa ini"; not "jgn nomor ini").</summary>
    public static bool NamesThisNumber(ReadText text) => text.Has(Concept.ThisNumber) && !Negated(text, Concept.ThisNumber);

    /// <summary>A condition told with how to be contacted: a time, a "but", or what not to do ("telpon tp jgn siang, ada suami").</summary>
    public static bool ContactCondition(ReadText text) =>
        text.Has(Concept.No) || text.Tokens.Any(t => Conditions.Contains(t.Lemma) || PhoneTaken.Contains(t.Lemma));

    private static readonly HashSet<string> PhoneTaken =
        ["sita", "rampas", "pegang", "rusak", "hilang", "pecah", "cek", "periksa", "pantau", "sadap", "taken", "broken", "lost", "checked"];

    private static readonly HashSet<string> Conditions =
        ["tapi", "kecuali", "asal", "hanya", "cuma", "pagi", "siang", "sore", "malam", "jam", "setelah", "sebelum", "habis", "but", "only", "after", "before"];

    /// <summary>"wa aja", "sms aja", "wa aja ke 0812…": messages to the family's number rather than a call or this chat.</summary>
    public static bool ByMessageToNumber(ReadText text) =>
        !text.Tokens.Any(t => PhoneTaken.Contains(t.Lemma))
        && text.Tokens.Select((t, i) => (t, i)).Any(x => x.t.Word is "whatsapp" or "sms" && !DeniedAt(text, x.i));

    /// <summary>How to be contacted: a number given, "telpon aja", or "lewat chat aja" (also "jangan ditelpon").</summary>
    public static ContactMethod? ContactMethod(ReadText text)
    {
        if (Phone(text.Original) is not null) return Cases.ContactMethod.PhoneCall;
        // "hp sy disita suami", "hp sy sering dicek suami": no phone to call; and a call refused anywhere ("jgn telp bu, hp sy …",
        // "aku gk punya hp sendiri, ini hp kakak") outweighs the phone named beside it.
        var notByPhone = text.Of(Concept.ByPhone).Any(m => Denied(text, m)) || text.Tokens.Any(t => PhoneTaken.Contains(t.Lemma));
        if (text.Has(Concept.ByPhone) && !notByPhone) return Cases.ContactMethod.PhoneCall;
        if (text.Has(Concept.ByChat) || notByPhone) return Cases.ContactMethod.ThisChat;
        return null;
    }

    /// <summary>A telephone number anywhere in the text, and the words around it kept as a note for staff ("jgn tlp ke no suami").</summary>
    public static PhoneAnswer? Phone(string text)
    {
        var numbers = PhoneCandidate().Matches(text).Where(c => IndonesianPhoneNumber.TryNormalize(c.Value, out _)).ToList();
        // Of several, the first not said to be someone else's or not to be called, by the words since the number before it or
        // just after it ("jgn tlp no suami 0812…, tlp ke 0813…", "0812… (suami), sy 0813…"); if each is, none is taken.
        var candidate = numbers.Count > 1
            ? numbers.Where((c, i) =>
                {
                    var from = i == 0 ? 0 : numbers[i - 1].Index + numbers[i - 1].Length;
                    var before = text[Math.Max(from, c.Index - 30)..c.Index];
                    // The label of the number before ("(suami), sy 0813…") is not this one's.
                    if (i > 0 && SomeoneElsesAfter().Match(before) is { Success: true } label) before = before[label.Length..];
                    var after = text[(c.Index + c.Length)..Math.Min(text.Length, c.Index + c.Length + 12)];
                    return !NotThisNumber().IsMatch(before) && !SomeoneElsesAfter().IsMatch(after);
                }).FirstOrDefault()
            : numbers.FirstOrDefault();
        if (candidate is not null && IndonesianPhoneNumber.TryNormalize(candidate.Value, out var number))
        {
            var rest = text.Remove(candidate.Index, candidate.Length);
            var note = NoteNoise().Replace(rest, " ").Trim(' ', ',', '.', ';', ':', '-', '(', ')');
            note = LeadingNumberWords().Replace(note, "").Trim(' ', ',', '.', ';', ':', '-');
            // "telpon aja ke 0813…": words that only say how the number is to be used are no note.
            var saysMore = note.Any(char.IsLetter) && note.Length >= 3 && !TypedTextReader.Read(note).Tokens.All(t =>
                t.Concepts.Overlaps([Concept.ByPhone, Concept.ByChat, Concept.Filler]) || t.Word is "ke" or "di" or "lewat" or "via" or "nomor");
            return new PhoneAnswer(number, saysMore ? note[..Math.Min(note.Length, 200)] : null);
        }
        return null;
    }

    [GeneratedRegex(@"\b(?:jl|jln|jalan|gg|gang|rt|rw|perum|perumahan|komplek|kompleks|blok|dekat|dkt|deket|belakang|blkg|samping|sebelah|depan|pasar)\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex AddressWords();

    /// <summary>Someone else's ("suami", "suamiku", "no ibu sy") or not to be called ("jgn", "bukan"); "ibu" alone addresses staff.</summary>
    [GeneratedRegex(@"\b(?:suami|istri|mantan|pacar|ayah|papa|mertua|jgn|jangan|bukan)(?:ku|nya)?\b|\b(?:ibu|bapak|kakak|adik|mama)(?:ku|nya|\s+(?:sy|saya))\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex NotThisNumber();

    [GeneratedRegex(@"^\W*\(?\s*(?:suami|istri|mantan|pacar|ayah|papa|mertua)(?:ku|nya)?\)?", RegexOptions.IgnoreCase)]
    private static partial Regex SomeoneElsesAfter();

    /// <summary>Which answer the family names ("kecamatan", "nomor telepon", "ceritanya"); null when none.</summary>
    public static IntakeQuestion? Question(ReadText text)
    {
        foreach (var (question, names) in QuestionNames)
        {
            if (text.Mentions(names)) return question;
        }
        return null;
    }

    /// <summary>
    /// Words added to the story with the wish to add them, after it: "tambah cerita: suami jg suka ngancem anak2", "sy mau
    /// tambah, suami jg sering mabuk" (the story is the one answer more can be added to). Null for the wish alone ("sy mau
    /// tambah cerita") and for another answer named ("tambah nomor: …").
    /// </summary>
    public static string? AddedToStory(ReadText text)
    {
        var separator = text.Original.IndexOfAny(FirstPartEnds);
        if (separator < 0) return null;
        var wish = TypedTextReader.Read(text.Original[..separator]);
        if (!wish.Mentions(["tambah", "add"]) || Question(wish) is not (null or IntakeQuestion.Description)) return null;
        var added = text.Original[(separator + 1)..].Trim();
        return TypedTextReader.Read(added).ContentWords() >= 2 ? added : null;
    }

    /// <summary>What ends the first part of a message, an answer or a wish, before more is told.</summary>
    private static readonly char[] FirstPartEnds = [':', ',', ';', '\n'];

    /// <summary>A wish to change an answer ("ubah", "ganti nomor", "kecamatannya salah").</summary>
    public static bool WantsChange(ReadText text) => text.Of(Concept.ChangeAnswer).Any(c => !InsidePhrase(text, c, Concept.Yes));

    private static readonly (IntakeQuestion Question, string[] Names)[] QuestionNames =
    [
        (IntakeQuestion.Kecamatan, ["kecamatan", "kelurahan", "tempat", "lokasi", "wilayah", "district", "alamat"]),
        (IntakeQuestion.Contact, ["nomor", "telepon", "ponsel", "kontak", "hubungi", "contact", "phone", "number", "chat"]),
        (IntakeQuestion.Description, ["cerita", "deskripsi", "keterangan", "story", "description"]),
        (IntakeQuestion.Recipient, ["siapa", "penerima", "untuk", "who"]),
        (IntakeQuestion.Danger, ["bahaya", "mendesak", "darurat", "danger", "urgent"]),
        (IntakeQuestion.Category, ["masalah", "kategori", "jenis", "problem", "category"]),
    ];

    [GeneratedRegex(@"\+?\d[\d\s\-.()]{6,18}\d")]
    private static partial Regex PhoneCandidate();

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex NoteNoise();

    [GeneratedRegex(@"^(?:(?:ganti|ubah|ralat|koreksi|no|nomor|nmr|nomer|hp|wa|telp|tlp)\b\.?\s*(?:sy|saya|ku|aku|hp|wa)?\b\s*)+",
        RegexOptions.IgnoreCase)]
    private static partial Regex LeadingNumberWords();
}

/// <summary>A number to call, and what the family wrote with it for staff to read.</summary>
public sealed record PhoneAnswer(string Number, string? Note);
