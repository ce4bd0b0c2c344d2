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
        if (text.Has(Concept.Unsure) && (OpensWith(text, Concept.Unsure) || !FirstWord(text, Concept.No))) return null;
        if (text.Of(Concept.Later).Any(l => !InsidePhrase(text, l, Concept.Yes)) || Phone(text.Original) is not null) return null;
        var other = text.Tokens.Count(t => !t.Concepts.Any(c => c is Concept.Yes or Concept.No or Concept.Filler or Concept.Plea or Concept.Greeting));
        var yesPhrase = text.Of(Concept.Yes).Any(m => m.End > m.Start);
        if (text.Has(Concept.Question) && !yesPhrase) return null;
        // "jangan dicatat nama sy ya, takut…", "iya, tp…": the first word answers, whatever follows it.
        if (other > 2) return FirstWord(text, Concept.No) ? false : FirstWord(text, Concept.Yes) && other <= 6 ? true : null;
        if (yesPhrase) return true;
        // The "gk" of "iya tapi gk tau" doubts; it does not refuse.
        if (Denials(text).Any()) return false;
        return text.Has(Concept.Yes) ? true : null;
    }

    /// <summary>The no-words of the message that deny, not those inside "tidak apa apa" (yes) or "gk tau" (unsure).</summary>
    private static IEnumerable<ConceptMatch> Denials(ReadText text) =>
        text.Of(Concept.No).Where(n => !InsidePhrase(text, n, Concept.Yes, Concept.Unsure));

    private static bool InsidePhrase(ReadText text, ConceptMatch match, params Concept[] phrases) =>
        phrases.SelectMany(text.Of).Any(p => p.End > p.Start && p.Start <= match.Start && match.End <= p.End);

    private static bool FirstWord(ReadText text, Concept concept) =>
        text.Tokens.FirstOrDefault(t =>
                !t.Concepts.Overlaps([Concept.Greeting, Concept.Salam]) && !(t.Concepts.Contains(Concept.Filler) && !t.Concepts.Contains(concept)))
            ?.Concepts.Contains(concept) == true;

    /// <summary>Whether the message begins, after greetings and fillers, with the concept ("sy gk tau": unsure).</summary>
    private static bool OpensWith(ReadText text, Concept concept)
    {
        var first = text.Tokens.ToList().FindIndex(t => !t.Concepts.Overlaps([Concept.Greeting, Concept.Salam, Concept.Filler]));
        return first >= 0 && text.Of(concept).Any(m => m.Start == first);
    }

    /// <summary>"masih takut", "sy takut bgt" — not "gak takut kok".</summary>
    public static bool TellsFear(ReadText text) => text.Has(Concept.Fear) && !Negated(text, Concept.Fear);

    /// <summary>"sudah aman", "alhamdulillah aman" — not "tidak aman" or "blm aman".</summary>
    public static bool SaysSafe(ReadText text) => text.Has(Concept.Safe) && !Negated(text, Concept.Safe);

    /// <summary>
    /// Whether every mention of the concept is denied: "tidak", "belum" or "kurang" up to two words before it in the same
    /// clause ("tidak aman", "gak takut"; not "jangan chat, telpon aja", nor "gak papa telpon"; "sy gk takut tp anak sy takut" is not).
    /// </summary>
    private static bool Negated(ReadText text, Concept concept)
    {
        var negations = Denials(text).Select(n => (n.End, n.Clause))
            .Concat(text.Tokens.Select((t, i) => (t, i)).Where(x => x.t.Word is "belum" or "kurang").Select(x => (x.i, x.t.Clause)))
            .ToList();
        var mentions = text.Of(concept).ToList();
        return mentions.Count > 0
            && mentions.All(m => negations.Any(n => n.Clause == m.Clause && n.Item1 < m.Start && m.Start - n.Item1 <= 2));
    }

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
        if (text.Has(Concept.Unsure) && (OpensWith(text, Concept.Unsure) || !FirstWord(text, Concept.No))) return true;
        if (text.Has(Concept.Safe)) return Negated(text, Concept.Safe);
        if (text.Has(Concept.Fear)) return false;
        var saysThereIs = text.Tokens.Any(t => t.Word == "ada");
        if (saysThereIs && Denials(text).Any()) return false;
        return YesOrNo(text) ?? (saysThereIs && text.ContentWords() <= 3 ? true : null);
    }

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
        if (text.Has(Concept.Organisation) && !text.Has(Concept.Child)) return HelpRecipient.Organisation;
        if (text.Has(Concept.Outsider) || text.Tokens.Any(t => t.Word == "lain")) return HelpRecipient.SomeoneElse;
        if (text.Has(Concept.Child)) return HelpRecipient.MyChild;
        if (text.HasAny(Concept.FamilyMember, Concept.Partner)) return HelpRecipient.MyFamily;
        if (text.HasAny(Concept.Self, Concept.Oneself)) return HelpRecipient.Myself;
        return null;
    }

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

    /// <summary>How to be contacted: a number given, "telpon aja", or "lewat chat aja" (also "jangan ditelpon").</summary>
    public static ContactMethod? ContactMethod(ReadText text)
    {
        if (Phone(text.Original) is not null) return Cases.ContactMethod.PhoneCall;
        var notByPhone = Negated(text, Concept.ByPhone);
        if (text.Has(Concept.ByPhone) && !notByPhone) return Cases.ContactMethod.PhoneCall;
        if (text.Has(Concept.ByChat) || notByPhone) return Cases.ContactMethod.ThisChat;
        return null;
    }

    /// <summary>A telephone number anywhere in the text, and the words around it kept as a note for staff ("jgn tlp ke no suami").</summary>
    public static PhoneAnswer? Phone(string text)
    {
        var numbers = PhoneCandidate().Matches(text).Where(c => IndonesianPhoneNumber.TryNormalize(c.Value, out _)).ToList();
        // Of several, not one said to be someone else's or not to be called ("jgn tlp no suami 0812…, tlp ke 0813…").
        var candidate = numbers.Count > 1
            ? numbers.FirstOrDefault(c => !NotThisNumber().IsMatch(text[Math.Max(0, c.Index - 25)..c.Index])) ?? numbers[^1]
            : numbers.FirstOrDefault();
        if (candidate is not null && IndonesianPhoneNumber.TryNormalize(candidate.Value, out var number))
        {
            var rest = text.Remove(candidate.Index, candidate.Length);
            var note = NoteNoise().Replace(rest, " ").Trim(' ', ',', '.', ';', ':', '-', '(', ')');
            note = LeadingNumberWords().Replace(note, "").Trim(' ', ',', '.', ';', ':', '-');
            return new PhoneAnswer(number, note.Any(char.IsLetter) && note.Length >= 3 ? note[..Math.Min(note.Length, 200)] : null);
        }
        return null;
    }

    [GeneratedRegex(@"\b(?:suami|istri|mantan|pacar|bapak|ayah|papa|mama|ibu|kakak|adik|mertua|jgn|jangan|bukan)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotThisNumber();

    /// <summary>Which answer the family names ("kecamatan", "nomor telepon", "ceritanya"); null when none.</summary>
    public static IntakeQuestion? Question(ReadText text)
    {
        foreach (var (question, names) in QuestionNames)
        {
            if (text.Mentions(names)) return question;
        }
        return null;
    }

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

    [GeneratedRegex(@"^(?:(?:no|nomor|nmr|nomer|hp|wa|telp|tlp)\b\.?\s*(?:sy|saya|ku|aku|hp|wa)?\b\s*)+", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingNumberWords();
}

/// <summary>A number to call, and what the family wrote with it for staff to read.</summary>
public sealed record PhoneAnswer(string Number, string? Note);
