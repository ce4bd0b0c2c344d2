namespace LK3.Intake.Understanding;

/// <summary>A message as <see cref="TypedTextReader"/> read it: its words and the concepts found in them.</summary>
public sealed class ReadText(string original, IReadOnlyList<Token> tokens, IReadOnlyList<ConceptMatch> matches, bool hasQuestionMark)
{
    // Words inside an idiom mean the idiom only: "capek setengah mati" is tired, "saling lempar" passing the buck. A joke
    // ("main game") still says the message is one.
    private readonly ILookup<Concept, ConceptMatch> _byConcept = matches
        .Where(m => m.Concept is Concept.Idiom or Concept.Joke
            || !matches.Any(i => i.Concept == Concept.Idiom && i.Start <= m.Start && m.End <= i.End))
        .ToLookup(m => m.Concept);

    public string Original { get; } = original;
    public IReadOnlyList<Token> Tokens { get; } = tokens;
    public bool HasQuestionMark { get; } = hasQuestionMark;

    public bool Has(Concept concept) => _byConcept.Contains(concept);

    public IEnumerable<ConceptMatch> Of(Concept concept) => _byConcept[concept];

    public int Count(Concept concept) => _byConcept[concept].Count();

    public bool HasAny(params Concept[] concepts) => concepts.Any(Has);

    /// <summary>Words that are not greetings, fillers, yes or no: how much the message says beyond them.</summary>
    public int ContentWords(params Concept[] alsoEmpty) =>
        Tokens.Count(t => !t.Concepts.Any(c => c is Concept.Filler || alsoEmpty.Contains(c)));

    /// <summary>Both concepts in one clause.</summary>
    public bool Together(Concept a, Concept b) => Of(a).Any(x => Of(b).Any(y => y.Clause == x.Clause));

    public bool IsEmpty => Tokens.Count == 0;

    /// <summary>Whether one of the words is written here, as it is or in another form ("ekonomi", "kesehatannya").</summary>
    public bool Mentions(IEnumerable<string> words) => words.Any(word =>
        Tokens.Any(t => t.Word == word || t.Lemma == word || t.Lemma == Lexicon.Instance.LemmaOf(word, guessTypos: false)));

    /// <summary>Where the lemmas stand in a row from <paramref name="start"/> (one other word may stand between two); -1 if not.</summary>
    public int EndOfPhrase(string[] lemmas, int start) => EndOfPhrase(lemmas, start, static (token, lemma) => token.Lemma == lemma);

    /// <summary>As <see cref="EndOfPhrase(string[], int)"/>, a word matching as written or by its lemma.</summary>
    public int EndOfPhrase(PhraseWord[] words, int start) =>
        EndOfPhrase(words, start, static (token, word) => token.Word == word.Word || token.Lemma == word.Lemma);

    /// <summary>Static matchers, given the phrase's word: a closure over the phrase would be made for every word of every message.</summary>
    private int EndOfPhrase<T>(T[] phrase, int start, Func<Token, T, bool> matches)
    {
        if (phrase.Length == 0 || !matches(Tokens[start], phrase[0])) return -1;
        var at = start;
        for (var k = 1; k < phrase.Length; k++)
        {
            if (at + 1 < Tokens.Count && matches(Tokens[at + 1], phrase[k])) at += 1;
            else if (at + 2 < Tokens.Count && matches(Tokens[at + 2], phrase[k]) && Tokens[at + 2].Clause == Tokens[start].Clause) at += 2;
            else return -1;
        }
        return at;
    }
}

/// <summary>A word of a phrase as standardised and as its lemma.</summary>
public readonly record struct PhraseWord(string Word, string Lemma);
