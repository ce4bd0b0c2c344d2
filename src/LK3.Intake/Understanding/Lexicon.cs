using System.Collections.Frozen;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Id;

namespace LK3.Intake.Understanding;

/// <summary>
/// Every word the bot knows and what it means, built once from <see cref="WordLists"/>, <see cref="CommonWords"/>,
/// <see cref="PlaceNames"/> and Lucene's Indonesian and English stop words. A word is found as written (all the forms
/// of a verb root), then by its Indonesian stem, then by its English stem; a word that is none of these and not an
/// everyday word is taken for a typo of a known word when it is long enough to tell (see <see cref="TypoIndex"/>).
/// </summary>
internal sealed class Lexicon
{
    public static readonly Lexicon Instance = new();

    private readonly Dictionary<string, string> _lemmaOfForm = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _lemmaOfStem = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _lemmaOfEnglishStem = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<Concept>> _conceptsOfLemma = new(StringComparer.Ordinal);
    private readonly HashSet<string> _exactOnly = new(StringComparer.Ordinal);
    private readonly HashSet<string> _known = new(StringComparer.Ordinal);
    private readonly TypoIndex _typos;

    private Lexicon()
    {
        foreach (var list in WordLists.All)
        {
            foreach (var root in Words(list.Verbs))
            {
                AddWord(root, list.Concept);
                foreach (var form in WordForms.OfVerb(root)) _lemmaOfForm.TryAdd(form, root);
            }
            foreach (var word in Words(list.Words)) AddWord(word, list.Concept);
            foreach (var form in Words(list.Exact))
            {
                _exactOnly.Add(form);
                AddConcept(form, list.Concept);
                _lemmaOfForm.TryAdd(form, form);
            }
        }
        foreach (var root in Words(CommonWords.Verbs))
        {
            AddWord(root, null);
            foreach (var form in WordForms.OfVerb(root)) _lemmaOfForm.TryAdd(form, root);
        }
        foreach (var word in Words(CommonWords.Indonesian).Concat(Words(CommonWords.English)).Concat(Words(CommonWords.NearMisses))) AddWord(word, null);
        foreach (var word in PlaceNames.Kelurahan.Keys.SelectMany(Words)) AddWord(word, null);
        // Everyday words and the words of phrases are known as themselves, so that they are never taken for typos of other words.
        _known.UnionWith(IndonesianAnalyzer.DefaultStopSet.Select(w => w.ToString()!));
        _known.UnionWith(EnglishAnalyzer.DefaultStopSet.Select(w => w.ToString()!));
        _known.UnionWith(WordLists.All.SelectMany(l => l.Phrases.Concat(l.Together)).SelectMany(TypedTextReader.Words));
        _typos = new TypoIndex(_conceptsOfLemma.Keys.Where(l => !_exactOnly.Contains(l)));
        PhrasesByFirstLemma = WordLists.All
            .SelectMany(l => l.Phrases.Select(p => new Phrase(l.Concept, Lemmas(p), Contiguous: true))
                .Concat(l.Together.Select(p => new Phrase(l.Concept, Lemmas(p), Contiguous: false))))
            .Select((phrase, order) => (Order: order, Phrase: phrase))
            .GroupBy(p => p.Phrase.Lemmas[0])
            .ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        ConceptsOfLemma = _conceptsOfLemma.ToFrozenDictionary(p => p.Key, p => (IReadOnlySet<Concept>)p.Value.ToFrozenSet());
    }

    /// <summary>
    /// The word lists' phrases by their first word, each with its place in the lists (their order, which phrases found keep):
    /// a message holds the first words of few of them.
    /// </summary>
    public FrozenDictionary<string, (int Order, Phrase Phrase)[]> PhrasesByFirstLemma { get; }

    public FrozenDictionary<string, IReadOnlySet<Concept>> ConceptsOfLemma { get; }

    /// <summary>The lemma of a word as a family wrote it (already lower case, chat spellings made standard).</summary>
    /// <param name="guessTypos">False for staff's own keywords: a word unknown here is meant as written.</param>
    public string LemmaOf(string word, bool guessTypos = true)
    {
        if (_lemmaOfForm.TryGetValue(word, out var lemma)) return lemma;
        if (word.Any(char.IsDigit)) return word;
        // "dpukul", "dtusuk": the passive "di-" written as "d".
        if (word.Length > 3 && word[0] == 'd' && !"aeiou".Contains(word[1]) && _lemmaOfForm.TryGetValue("di" + word[1..], out lemma)) return lemma;
        // "kubunuh", "kupukul": "aku" before a verb, written as one word.
        if (word.Length > 5 && word.StartsWith("ku", StringComparison.Ordinal) && _lemmaOfForm.TryGetValue(word[2..], out lemma)
            && ConceptsOf(lemma).Count > 0) return lemma;
        var stem = Stemming.Indonesian(word);
        if (_lemmaOfStem.TryGetValue(stem, out lemma)) return lemma;
        if (_lemmaOfEnglishStem.TryGetValue(Stemming.English(word), out lemma)) return lemma;
        if (!guessTypos || _known.Contains(word) || _known.Contains(stem)) return stem;
        return _typos.Find(word) ?? _typos.Find(stem) ?? stem;
    }

    public IReadOnlySet<Concept> ConceptsOf(string lemma) =>
        ConceptsOfLemma.TryGetValue(lemma, out var concepts) ? concepts : FrozenSet<Concept>.Empty;

    /// <summary>The lemmas of a phrase of the word lists, read the way messages are read.</summary>
    public string[] Lemmas(string phrase) => [.. TypedTextReader.Words(phrase).Select(w => LemmaOf(w))];

    /// <summary>Staff's keywords: each word as written and as its lemma, with no typo guessed.</summary>
    public PhraseWord[] Keyword(string phrase) => [.. TypedTextReader.Words(phrase).Select(w => new PhraseWord(w, LemmaOf(w, guessTypos: false)))];

    private void AddWord(string word, Concept? concept)
    {
        _lemmaOfForm.TryAdd(word, word);
        _known.Add(word);
        _lemmaOfStem.TryAdd(Stemming.Indonesian(word), word);
        _lemmaOfEnglishStem.TryAdd(Stemming.English(word), word);
        if (concept is { } c) AddConcept(word, c);
        else _conceptsOfLemma.TryAdd(word, []);
    }

    private void AddConcept(string lemma, Concept concept)
    {
        if (!_conceptsOfLemma.TryGetValue(lemma, out var concepts)) _conceptsOfLemma[lemma] = concepts = [];
        concepts.Add(concept);
    }

    private static IEnumerable<string> Words(string list) => list.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>Words in a row (<see cref="Contiguous"/>) or anywhere in one clause that together mean <see cref="Concept"/>.</summary>
internal sealed record Phrase(Concept Concept, string[] Lemmas, bool Contiguous);
