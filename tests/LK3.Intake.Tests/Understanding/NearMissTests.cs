using LK3.Intake.Understanding;

namespace LK3.Intake.Tests.Understanding;

/// <summary>
/// No real Indonesian word is taken for a typo of a word of danger: every word of Debian's Indonesian hunspell dictionary
/// is read as a family's word would be, and none may become a danger word by typo tolerance alone ("tenang" is not
/// "tendang"). Runs where the dictionary is installed (`apt-get install hunspell-id`; .ci/run installs it).
/// </summary>
public sealed class NearMissTests
{
    private const string Dictionary = "/usr/share/hunspell/id_ID.dic";

    private static readonly Concept[] Danger =
    [
        Concept.Hit, Concept.Weapon, Concept.Kill, Concept.Threat, Concept.Burn, Concept.Lock, Concept.SelfHarm, Concept.Medical,
        Concept.Missing, Concept.SexualAbuse, Concept.Neglect, Concept.RanAway,
    ];

    /// <summary>Dictionary words so rare in chat that a family writing one means the danger word next to it ("celurut" for "celurit").</summary>
    private static readonly HashSet<string> TakenForTheDangerWord =
        ["celurut", "kerjang", "jembak", "dorang", "pistom", "lingkis", "kindap", "keselak", "tenggehem", "culika", "sodomia", "kerisi", "belatik", "setrik"];

    [SkippableFact]
    public void No_dictionary_word_is_read_as_a_typo_of_a_danger_word()
    {
        Skip.IfNot(File.Exists(Dictionary), $"{Dictionary} is not installed (apt-get install hunspell-id).");
        var lexicon = Lexicon.Instance;
        var mistaken = File.ReadLines(Dictionary).Skip(1)
            .Select(line => line.Split('/')[0].ToLowerInvariant())
            .Where(word => word.Length >= 6 && word.All(char.IsLetter))
            .Distinct()
            .Select(word => (Word: word, Lemma: lexicon.LemmaOf(word)))
            .Where(w => w.Lemma != lexicon.LemmaOf(w.Word, guessTypos: false) && lexicon.ConceptsOf(w.Lemma).Overlaps(Danger))
            .Where(w => !TakenForTheDangerWord.Contains(w.Word))
            .Select(w => $"{w.Word} → {w.Lemma}")
            .ToList();

        Assert.True(mistaken.Count == 0, $"Add these to CommonWords.NearMisses: {string.Join(", ", mistaken)}");
    }
}
