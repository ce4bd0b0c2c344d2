using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace LK3.Intake.Understanding;

/// <summary>
/// Reads what a family typed: lower case, without punctuation and emoji, stretched letters shortened ("tolooong"),
/// reduplication written out ("anak2"), chat spellings and regional words made standard (<see cref="InformalWords"/>),
/// each word brought to its lemma (<see cref="Lexicon"/>) and tagged with its concepts, phrases found, split into
/// clauses at punctuation and at "tapi", and the ages and school years it names noted.
/// </summary>
public static partial class TypedTextReader
{
    private static readonly HashSet<string> ClauseBreaks = ["tapi", "namun", "sedangkan", "padahal", "but"];
    private static readonly HashSet<string> SchoolBefore =
        ["kelas", "masuk", "anak", "adik", "kakak", "sekolah", "di", "lulus", "lulusan", "murid", "siswa", "anakku"];

    public static ReadText Read(string text)
    {
        var lexicon = Lexicon.Instance;
        var words = new List<(string Word, int Clause)>();
        var clause = 0;
        foreach (var (word, breaksBefore) in RawWords(WithEmojiAsWords(text)))
        {
            if (breaksBefore) clause++;
            foreach (var standard in Standardise(word))
            {
                if (ClauseBreaks.Contains(standard)) clause++;
                words.Add((standard, clause));
            }
        }
        ApplyContext(words);
        var tokens = words.Select(w =>
        {
            var lemma = lexicon.LemmaOf(w.Word);
            return new Token(w.Word, lemma, w.Clause, lexicon.ConceptsOf(lemma));
        }).ToList();
        var wordMatches = tokens
            .SelectMany((t, i) => t.Concepts.Where(c => c != Concept.Question || !IsStatementsVerb(tokens, i)).Select(c => new ConceptMatch(c, i, i, t.Clause)))
            .ToList();
        var plain = new ReadText(text, tokens, wordMatches, text.Contains('?', StringComparison.Ordinal));
        return new ReadText(text, tokens, [.. wordMatches, .. FindPhrases(plain, lexicon), .. Ages(text), .. Laughter(text)], plain.HasQuestionMark);
    }

    /// <summary>
    /// "he is at work now": an English "is", "do" or "can" asks only at the start of its clause, greetings aside ("is it free?",
    /// "hi is this lk3").
    /// </summary>
    private static bool IsStatementsVerb(IReadOnlyList<Token> tokens, int i) =>
        EnglishAuxiliaries.Contains(tokens[i].Word)
        && tokens.Take(i).Any(t => t.Clause == tokens[i].Clause && !t.Concepts.Overlaps([Concept.Greeting, Concept.Salam, Concept.Filler]));

    private static readonly HashSet<string> EnglishAuxiliaries = ["is", "are", "do", "does", "can", "could"];

    /// <summary>
    /// "😡🔪 suami", "😭😭😭", "😱": emoji that say what a word would (a knife, blood, tears, fright) read as that word, once for a
    /// run of them.
    /// </summary>
    private static string WithEmojiAsWords(string text) =>
        text.Any(char.IsSurrogate)
            ? EmojiWords.Aggregate(text, (read, emoji) => emoji.Run.Replace(read, $" {emoji.Word} "))
            : text;

    private static readonly (Regex Run, string Word)[] EmojiWords =
    [
        .. new[] { ("🔪", "pisau"), ("🗡", "pisau"), ("🩸", "berdarah") }
            .Concat(new[] { "😭", "😢", "😥", "😿", "💔", "😞", "😔", "🥺", "😩", "😫", "🙁", "😪" }.Select(e => (e, "sedih")))
            .Concat(new[] { "😱", "😨", "😰" }.Select(e => (e, "takut")))
            .Select(e => (new Regex($"(?:{Regex.Escape(e.Item1)}\\uFE0F?)+", RegexOptions.CultureInvariant), e.Item2)),
    ];

    /// <summary>The standard words of a text, as the word lists and staff's keywords are written.</summary>
    internal static IEnumerable<string> Words(string text)
    {
        var words = RawWords(text).SelectMany(w => Standardise(w.Word)).Select(w => (w, 0)).ToList();
        ApplyContext(words);
        return words.Select(w => w.Item1);
    }

    /// <summary>Lower-case words with letters and digits only, and whether punctuation ended a clause before each.</summary>
    private static IEnumerable<(string Word, bool BreaksBefore)> RawWords(string text)
    {
        var word = new StringBuilder();
        var pendingBreak = false;
        foreach (var c in text.Normalize(NormalizationForm.FormKC).ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(c);
                continue;
            }
            if (c is '\'' or '’' && word.Length > 0) continue;
            if (word.Length > 0)
            {
                yield return (word.ToString(), pendingBreak);
                pendingBreak = false;
                word.Clear();
            }
            if (c is '.' or ',' or ';' or ':' or '!' or '?' or '\n' or '(' or ')') pendingBreak = true;
        }
        if (word.Length > 0) yield return (word.ToString(), pendingBreak);
    }

    /// <summary>One raw word as standard words: "tolooong" → tolong, "anak2" → anak anak, "25th" → 25 tahun, "sy" → saya.</summary>
    private static IEnumerable<string> Standardise(string raw)
    {
        var word = Stretched().Replace(raw, "$1");
        if (DigitsThenLetters().Match(word) is { Success: true } mixed)
        {
            yield return mixed.Groups[1].Value;
            word = mixed.Groups[2].Value;
        }
        var repeat = 1;
        if (word.Length > 2 && word[^1] == '2' && char.IsLetter(word[^2]))
        {
            word = word[..^1];
            repeat = 2;
        }
        else if (ReduplicatedWithSuffix().Match(word) is { Success: true } twice)
        {
            // "bentur2in", "teriak2an": the word twice, with its suffix.
            word = twice.Groups[1].Value + twice.Groups[2].Value;
            repeat = 2;
        }
        var standard = InformalWords.Standard.TryGetValue(word, out var replacement) ? replacement : word;
        for (var i = 0; i < repeat; i++)
        {
            foreach (var part in standard.Split(' ')) yield return part;
        }
    }

    /// <summary>Laughing emoji say a message is a joke; they are gone once the text is read as words.</summary>
    private static IEnumerable<ConceptMatch> Laughter(string text)
    {
        if (text.Contains("😂", StringComparison.Ordinal) || text.Contains("🤣", StringComparison.Ordinal)
            || text.Contains("😆", StringComparison.Ordinal))
        {
            yield return new ConceptMatch(Concept.Joke, 0, 0, 0);
        }
    }

    /// <summary>Words whose sense depends on their neighbours.</summary>
    private static void ApplyContext(List<(string Word, int Clause)> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            var before = i > 0 ? words[i - 1].Word : "";
            var twoBefore = i > 1 ? words[i - 2].Word : "";
            var after = i + 1 < words.Count ? words[i + 1].Word : "";
            var replacement = words[i].Word switch
            {
                // "smp" is a school after "kelas"/"anak" or before a number, otherwise "sampai" (smp subuh, smp jatuh).
                "smp" when !SchoolBefore.Contains(before) && !(before is "saya" or "aku" && SchoolBefore.Contains(twoBefore))
                    && !after.All(char.IsDigit) && after != "negeri" => "sampai",
                // Banjar "laki ulun", "ulun lawan laki" are "my husband"; "anak laki2" is a son.
                "laki" when (after is "saya" or "aku" or "gue" or "nya" or "ku" || before is "dengan" or "sama") && before is not "laki" and not "anak"
                    => "suami",
                // "bu", "pak", "kak", "mbak" address staff, but "kak sy", "mbak aku" are the family's own.
                "bu" or "pak" or "kak" or "mbak" when after is "saya" or "aku" or "gue" or "kami" or "ku" && words[i + 1].Clause == words[i].Clause
                    => FamilyWordOf[words[i].Word],
                // "kakak kelas" is an older pupil, no family.
                "kakak" when after is "kelas" or "tingkat" => "senior",
                // "no sy 0812…", "no ini" are a number; "no" alone is English.
                "no" when after.Length > 0 && (char.IsDigit(after[0]) || after is "saya" or "aku" or "ponsel" or "whatsapp" or "telepon" or "ini") => "nomor",
                // "gak papa", "gk pp" is "tidak apa apa" (it is fine); "papa" elsewhere is a father.
                "papa" or "pp" when before == "tidak" && words[i - 1].Clause == words[i].Clause => "apa apa",
                "papa" => "bapak",
                _ => null,
            };
            if (replacement is null) continue;
            var parts = replacement.Split(' ');
            words[i] = (parts[0], words[i].Clause);
            words.InsertRange(i + 1, parts.Skip(1).Select(part => (part, words[i].Clause)));
            i += parts.Length - 1;
        }
    }

    private static readonly Dictionary<string, string> FamilyWordOf = new() { ["bu"] = "ibu", ["pak"] = "bapak", ["kak"] = "kakak", ["mbak"] = "kakak" };

    /// <summary>The phrases found, in the word lists' order and then by where each begins, as when every phrase was tried in turn.</summary>
    private static IEnumerable<ConceptMatch> FindPhrases(ReadText text, Lexicon lexicon)
    {
        var tokens = text.Tokens;
        List<(int Order, int Start, ConceptMatch Match)> found = [];
        for (var start = 0; start < tokens.Count; start++)
        {
            if (!lexicon.PhrasesByFirstLemma.TryGetValue(tokens[start].Lemma, out var phrases)) continue;
            foreach (var (order, phrase) in phrases)
            {
                var end = phrase.Contiguous ? text.EndOfPhrase(phrase.Lemmas, start) : MatchInMessage(tokens, phrase.Lemmas, start);
                if (end >= 0) found.Add((order, start, new ConceptMatch(phrase.Concept, start, end, tokens[start].Clause)));
            }
        }
        return found.OrderBy(f => f.Order).ThenBy(f => f.Start).Select(f => f.Match);
    }

    private static int MatchInMessage(IReadOnlyList<Token> tokens, string[] lemmas, int start)
    {
        var words = tokens.Select(t => t.Lemma).ToHashSet(StringComparer.Ordinal);
        return lemmas.Skip(1).All(words.Contains) ? start : -1;
    }

    /// <summary>
    /// "anak sy 4 thn", "umur 8 tahun", "sulung sy (25th)", "my 5 year old son", "kls 2 sma": a young child, a teenager or an
    /// adult. A number of years is an age only after a person or "umur"; after "sudah" or a verb it is how long (cerai 1 thn).
    /// </summary>
    private static IEnumerable<ConceptMatch> Ages(string text)
    {
        var lower = text.ToLowerInvariant();
        foreach (Match age in AgeInYears().Matches(lower))
        {
            var before = Words(lower[Math.Max(0, age.Index - 30)..age.Index]).TakeLast(3).ToList();
            var isAge = age.Groups["asked"].Success || age.Groups["old"].Success
                || before.Any(IsAgePerson) && !before.Any(Duration.Contains);
            if (!isAge) continue;
            var years = int.Parse(age.Groups["years"].Value, CultureInfo.InvariantCulture);
            if (age.Groups["unit"].Value.StartsWith('b')) years = 0;
            yield return years switch
            {
                <= 12 => new ConceptMatch(Concept.YoungChild, 0, 0, 0),
                <= 19 => new ConceptMatch(Concept.Teen, 0, 0, 0),
                _ => new ConceptMatch(Concept.Adult, 0, 0, 0),
            };
        }
        foreach (Match age in AgeOfWriter().Matches(lower).Concat(AgeInBrackets().Matches(lower)).Concat(AgeOfChild().Matches(lower)))
        {
            yield return int.Parse(age.Groups["years"].Value, CultureInfo.InvariantCulture) switch
            {
                <= 12 => new ConceptMatch(Concept.YoungChild, 0, 0, 0),
                <= 19 => new ConceptMatch(Concept.Teen, 0, 0, 0),
                _ => new ConceptMatch(Concept.Adult, 0, 0, 0),
            };
        }
        foreach (Match grade in SchoolYear().Matches(lower))
        {
            var year = int.Parse(grade.Groups["year"].Value, CultureInfo.InvariantCulture);
            var level = grade.Groups["level"].Value;
            var teen = level is "smp" or "sma" or "smk" or "mts" || level.Length == 0 && year >= 7;
            yield return new ConceptMatch(teen ? Concept.Teen : Concept.YoungChild, 0, 0, 0);
        }
    }

    private static readonly HashSet<string> AgePeople =
    [
        "anak", "adik", "cucu", "putra", "putri", "saya", "aku", "gue", "kakak", "bayi", "balita", "keponakan", "laki", "perempuan", "gadis",
        "cowok", "cewek", "sulung", "bungsu", "son", "daughter", "i", "im", "boy", "girl", "kid", "child",
    ];

    /// <summary>A person, also with a possessive ending ("adikku 14 taun", "anaknya 5 thn").</summary>
    private static bool IsAgePerson(string word) =>
        AgePeople.Contains(word)
        || new[] { "ku", "nya", "mu" }.Any(end => word.EndsWith(end, StringComparison.Ordinal) && AgePeople.Contains(word[..^end.Length]));

    private static readonly HashSet<string> Duration = ["sudah", "selama", "sejak", "hampir", "lebih", "setiap", "tiap"];

    [GeneratedRegex(@"(.)\1{2,}")]
    private static partial Regex Stretched();

    [GeneratedRegex(@"^([a-z]{3,})2(in|an|kan|nya|i)$")]
    private static partial Regex ReduplicatedWithSuffix();

    [GeneratedRegex(@"^(\d+)([a-z]+)$")]
    private static partial Regex DigitsThenLetters();

    [GeneratedRegex(@"(?<asked>\b(?:umur|usia|umurnya|usianya)\s*)?\b(?<years>\d{1,2})\s*-?\s*"
        + @"(?<unit>tahun|thn|th|taun|thun|yo|y\.o|years?|bulan|bln)\b(?<old>\s*-?old)?")]
    private static partial Regex AgeInYears();

    /// <summary>"my son is 17", "anak sy umur 15": an age with no unit after a person.</summary>
    [GeneratedRegex(@"\b(?:son|daughter|child|kid|anak|adik|putra|putri)\s+(?:saya\s+|sy\s+|my\s+)?(?:is|umur|umurnya|usia|usianya)\s+(?<years>\d{1,2})\b")]
    private static partial Regex AgeOfChild();

    /// <summary>"my daughter (14)", "anak sy (15)": an age in brackets after a person.</summary>
    [GeneratedRegex(@"\b(?:anak|daughter|son|putri|putra|adik|cucu|keponakan|ponakan|sulung|bungsu)\b[^()]{0,20}"
        + @"\((?<years>\d{1,2})\s*(?:th|thn|tahun|y|yo|yrs)?\)")]
    private static partial Regex AgeInBrackets();

    /// <summary>"im 16 and…", "aku 15, …": an age said with no unit, right after "I am".</summary>
    [GeneratedRegex(@"\b(?:i'?m|i am|aku|umurku|usiaku)\s+(?:baru\s+|masih\s+|udah\s+|sudah\s+)?(?<years>\d{1,2})\b"
        + @"(?!\s*(?:jam|menit|ribu|rb|bulan|bln|hari|minggu|orang|org|kali|x))")]
    private static partial Regex AgeOfWriter();

    [GeneratedRegex(@"\b(?:kelas|kls|klas|grade)\s*(?<year>\d{1,2})\s*(?<level>sd|smp|sma|smk|mts)?\b")]
    private static partial Regex SchoolYear();
}

/// <summary>A word of a message: as standardised, its lemma, its clause and its concepts.</summary>
public sealed record Token(string Word, string Lemma, int Clause, IReadOnlySet<Concept> Concepts);

/// <summary>A concept found in a message, from token <see cref="Start"/> to <see cref="End"/>.</summary>
public sealed record ConceptMatch(Concept Concept, int Start, int End, int Clause);
