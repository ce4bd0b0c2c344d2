using LK3.Intake.Cases;

namespace LK3.Intake.Understanding;

/// <summary>
/// Which problem category a family's story belongs to, as a counsellor would file it: evidence from the concepts of
/// the message, weighed, with the few combinations that decide a case — harm between partners is violence in the
/// household, harm to a young child is child protection, a teenager's trouble is youth, self-harm is health unless
/// the person is a teenager. The weights are in one table below so they can be read and reviewed.
/// </summary>
public static class CategoryClassifier
{
    /// <summary>A guess this far ahead of the next, on at least <see cref="ClearScore"/>, is not asked back.</summary>
    private const double ClearMargin = 2;
    private const double ClearScore = 2;

    private static readonly Concept[] Harm =
        [Concept.Hit, Concept.Rage, Concept.Weapon, Concept.Kill, Concept.Threat, Concept.Lock, Concept.SexualAbuse, Concept.Violence];

    private static readonly (Concept Concept, ProblemCategory Category, double Weight)[] Evidence =
    [
        (Concept.Violence, ProblemCategory.DomesticViolence, 3),
        (Concept.VerbalAbuse, ProblemCategory.DomesticViolence, 1),
        (Concept.Quarrel, ProblemCategory.FamilyConflict, 2),
        (Concept.Separation, ProblemCategory.FamilyConflict, 2),
        (Concept.Infidelity, ProblemCategory.FamilyConflict, 2),
        (Concept.InLaw, ProblemCategory.FamilyConflict, 1),
        (Concept.Inheritance, ProblemCategory.FamilyConflict, 2),
        (Concept.Marriage, ProblemCategory.FamilyConflict, 2),
        (Concept.YoungChild, ProblemCategory.ChildProtection, 2),
        (Concept.Parenting, ProblemCategory.ChildProtection, 2),
        (Concept.Child, ProblemCategory.ChildProtection, 1),
        (Concept.Teen, ProblemCategory.Youth, 3),
        (Concept.TeenIssue, ProblemCategory.Youth, 2),
        (Concept.School, ProblemCategory.Youth, 0.5),
        (Concept.Money, ProblemCategory.Economic, 2),
        (Concept.Work, ProblemCategory.Economic, 2),
        (Concept.Aid, ProblemCategory.Economic, 2),
        (Concept.Illness, ProblemCategory.Health, 2),
        (Concept.Mental, ProblemCategory.Health, 2),
        (Concept.Pregnancy, ProblemCategory.Health, 2),
        (Concept.Addiction, ProblemCategory.Health, 2),
        (Concept.Neighbour, ProblemCategory.Other, 2),
        (Concept.Workplace, ProblemCategory.Other, 2),
        (Concept.Documents, ProblemCategory.Other, 2),
        (Concept.Elderly, ProblemCategory.Other, 2),
        (Concept.Disability, ProblemCategory.Other, 2),
        (Concept.Fraud, ProblemCategory.Other, 2),
        (Concept.Exclusion, ProblemCategory.Other, 2),
    ];

    /// <summary>How much the message says about any problem at all: the best category's score, 0 for none.</summary>
    public static double ProblemWeight(ReadText text) => Scores(text).Values.DefaultIfEmpty(0).Max();

    public static CategoryGuess? Guess(ReadText text)
    {
        var ranked = Scores(text).Where(s => s.Value > 0).OrderByDescending(s => s.Value).ToList();
        if (ranked.Count == 0) return null;
        var (category, score) = (ranked[0].Key, ranked[0].Value);
        var next = ranked.Count > 1 ? ranked[1].Value : 0;
        return new CategoryGuess(category, score >= ClearScore && score - next >= ClearMargin, score);
    }

    private static Dictionary<ProblemCategory, double> Scores(ReadText text)
    {
        var scores = Enum.GetValues<ProblemCategory>().ToDictionary(c => c, _ => 0.0);
        var teen = text.Has(Concept.Teen);
        var youngChild = !teen && text.Has(Concept.YoungChild);
        var adult = text.Has(Concept.Adult);
        foreach (var (concept, category, weight) in Evidence)
        {
            var count = DistinctMatches(text, concept);
            if (count == 0) continue;
            // A young child's school or screen troubles are a question of bringing up a child; a teenager's upbringing is youth.
            var target = (category, concept) switch
            {
                (ProblemCategory.Youth, _) when youngChild => ProblemCategory.ChildProtection,
                (ProblemCategory.ChildProtection, Concept.Parenting or Concept.Child) when teen => ProblemCategory.Youth,
                _ => category,
            };
            scores[target] += weight * count;
        }

        var harmed = Harm.Any(text.Has);
        var partner = text.Has(Concept.Partner);
        var childHarmed = harmed && ChildIsHarmed(text) && !teen;
        // A medical emergency is a matter of health; the same words after a blow are its injury.
        if (text.Has(Concept.Medical)) scores[ProblemCategory.Health] += harmed ? 1 : 4;
        if (childHarmed || text.HasAny(Concept.Missing, Concept.Neglect) && (text.Has(Concept.Child) || youngChild) && !teen)
        {
            scores[ProblemCategory.ChildProtection] += 5;
        }
        else if (harmed && teen)
        {
            scores[ProblemCategory.Youth] += 3;
        }
        else if (harmed)
        {
            // Violence against a grown-up at home is violence in the household, whoever of the household does it.
            scores[ProblemCategory.DomesticViolence] += partner ? 6 : text.HasAny(Concept.FamilyMember, Concept.Child) ? 4 : 2;
        }
        if (partner && text.HasAny(Concept.Quarrel, Concept.Separation)) scores[ProblemCategory.FamilyConflict] += 1;
        if (text.Has(Concept.Addiction) && teen) scores[ProblemCategory.Youth] += 2;
        if (text.Has(Concept.SelfHarm))
        {
            var troubledTeen = teen || text.Has(Concept.School) && !youngChild && !adult;
            scores[troubledTeen ? ProblemCategory.Youth : ProblemCategory.Health] += 4;
        }
        // Grown children and grown-ups are no longer a matter of upbringing or youth.
        if (adult)
        {
            scores[ProblemCategory.ChildProtection] = Math.Min(scores[ProblemCategory.ChildProtection], 1);
            scores[ProblemCategory.Youth] = Math.Min(scores[ProblemCategory.Youth], 1);
        }
        return scores;
    }

    /// <summary>
    /// Whether the one harmed is a child: a child named just after an active blow ("kasar ke anak", "mukul anaknya"), or
    /// before a passive one in the same clause ("anak sy lg dipukulin", "cucu sy sering disundut").
    /// </summary>
    private static bool ChildIsHarmed(ReadText text)
    {
        // "anak sy" is the child: a "saya" right after a person is a possessive, not a person.
        var people = text.Tokens.Select((t, i) => (t, i))
            .Where(x => x.t.Concepts.Overlaps(Victims) && !(x.t.Concepts.Contains(Concept.Self) && x.i > 0 && text.Tokens[x.i - 1].Concepts.Overlaps(Victims)))
            .ToList();
        foreach (var harm in Harm.SelectMany(text.Of))
        {
            var word = text.Tokens[harm.Start].Word;
            var victim = word.StartsWith("di", StringComparison.Ordinal) || word.StartsWith("ter", StringComparison.Ordinal)
                ? people.LastOrDefault(p => p.i < harm.Start && p.t.Clause == harm.Clause)
                : people.FirstOrDefault(p => p.i > harm.Start && p.i - harm.End <= 3 && p.t.Clause == harm.Clause);
            if (victim.t?.Concepts.Contains(Concept.Child) == true) return true;
        }
        return false;
    }

    private static readonly Concept[] Victims = [Concept.Self, Concept.Child, Concept.FamilyMember, Concept.Partner];

    /// <summary>Matches of a concept, a phrase and the words inside it counted once.</summary>
    private static int DistinctMatches(ReadText text, Concept concept)
    {
        var spans = text.Of(concept).OrderByDescending(m => m.End - m.Start).ToList();
        var kept = new List<ConceptMatch>();
        foreach (var span in spans.Where(span => !kept.Any(k => span.Start <= k.End && k.Start <= span.End))) kept.Add(span);
        return kept.Count;
    }
}
