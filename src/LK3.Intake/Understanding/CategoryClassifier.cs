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
        [Concept.Hit, Concept.Weapon, Concept.Kill, Concept.Threat, Concept.Burn, Concept.Lock, Concept.SexualAbuse, Concept.Violence];

    private static readonly (Concept Concept, ProblemCategory Category, double Weight)[] Evidence =
    [
        (Concept.Violence, ProblemCategory.DomesticViolence, 3),
        (Concept.Separation, ProblemCategory.FamilyConflict, 2),
        (Concept.Infidelity, ProblemCategory.FamilyConflict, 2),
        (Concept.InLaw, ProblemCategory.FamilyConflict, 1),
        (Concept.Inheritance, ProblemCategory.FamilyConflict, 2),
        (Concept.Rage, ProblemCategory.FamilyConflict, 1.5),
        (Concept.Marriage, ProblemCategory.FamilyConflict, 2),
        (Concept.YoungChild, ProblemCategory.ChildProtection, 2),
        (Concept.Parenting, ProblemCategory.ChildProtection, 2),
        (Concept.Child, ProblemCategory.ChildProtection, 1),
        (Concept.Teen, ProblemCategory.Youth, 2.5),
        (Concept.TeenIssue, ProblemCategory.Youth, 2),
        (Concept.School, ProblemCategory.Youth, 0.5),
        (Concept.Money, ProblemCategory.Economic, 2),
        (Concept.Work, ProblemCategory.Economic, 2),
        (Concept.Aid, ProblemCategory.Economic, 2),
        (Concept.Illness, ProblemCategory.Health, 2),
        (Concept.Mental, ProblemCategory.Health, 2.5),
        (Concept.Despair, ProblemCategory.Health, 1),
        (Concept.Pregnancy, ProblemCategory.Health, 2),
        (Concept.Addiction, ProblemCategory.Health, 2),
        (Concept.Control, ProblemCategory.DomesticViolence, 4),
        (Concept.Crime, ProblemCategory.Other, 2),
        (Concept.Loneliness, ProblemCategory.Other, 2),
        (Concept.Neighbour, ProblemCategory.Other, 2),
        (Concept.Workplace, ProblemCategory.Other, 1),
        (Concept.Disaster, ProblemCategory.Other, 2),
        (Concept.Documents, ProblemCategory.Other, 2),
        (Concept.Elderly, ProblemCategory.Other, 2),
        (Concept.Disability, ProblemCategory.Other, 2),
        (Concept.Fraud, ProblemCategory.Other, 2),
        (Concept.Exclusion, ProblemCategory.Other, 2),
    ];

    /// <summary>Words of trouble, as against words that only set the scene (a school, a company, a child).</summary>
    private static readonly Concept[] Trouble =
    [
        .. Harm, Concept.Rage, Concept.VerbalAbuse, Concept.Control, Concept.Quarrel, Concept.Separation, Concept.Infidelity, Concept.Inheritance,
        Concept.Parenting, Concept.TeenIssue, Concept.Addiction, Concept.Money, Concept.Aid, Concept.Illness, Concept.Mental,
        Concept.Pregnancy, Concept.Medical, Concept.SelfHarm, Concept.Despair, Concept.Missing, Concept.Neglect, Concept.RanAway, Concept.Neighbour,
        Concept.Documents, Concept.Elderly, Concept.Disability, Concept.Fraud, Concept.Exclusion, Concept.Crime, Concept.Loneliness,
    ];

    /// <summary>Whether the message tells of harm: blows, a weapon, a threat, someone locked in, sexual abuse, violence.</summary>
    public static bool TellsOfHarm(ReadText text) => Harm.Any(text.Has);

    /// <summary>Whether the message tells of any trouble at all, rather than only naming people and places.</summary>
    public static bool TellsOfTrouble(ReadText text) => Trouble.Any(text.Has) || text.Has(Concept.Work) && text.Has(Concept.No);

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

        var harmed = HarmDone(text).Any();
        // A partner, or a son- or daughter-in-law living with the family: harm from them is violence in the household.
        var partner = text.HasAny(Concept.Partner, Concept.InLaw);
        var family = partner || text.HasAny(Concept.FamilyMember, Concept.Child);
        if (partner && text.Has(Concept.Control)) scores[ProblemCategory.DomesticViolence] += 3;
        // A quarrel or hard words at home are a family matter; among neighbours or at work, another kind of problem.
        scores[family ? ProblemCategory.FamilyConflict : ProblemCategory.Other] += 2 * DistinctMatches(text, Concept.Quarrel);
        scores[family && !text.Has(Concept.Workplace) ? ProblemCategory.DomesticViolence : ProblemCategory.Other] += DistinctMatches(text, Concept.VerbalAbuse);
        if (text.Has(Concept.Elderly) && text.Has(Concept.Neglect)) scores[ProblemCategory.Other] += 4;
        // Harm with a young child and no partner named is most likely to the child ("suka kebawa emosi nyubit dia").
        var childHarmed = harmed && !teen && (youngChild && (ChildIsHarmed(text) || !partner) || ChildIsHarmed(text) && !partner);
        // A medical emergency now is a matter of health; the same words after a blow are its injury, told as past a worry.
        if (text.Has(Concept.Medical)) scores[ProblemCategory.Health] += harmed || !DangerDetector.IsMedicalEmergency(text) ? 1 : 4;
        if (text.Has(Concept.Lender) && (harmed || text.HasAny(Concept.Threat, Concept.Missing)))
        {
            // Threats from a loan shark or an online lender are an economic matter, whoever they threaten.
            scores[ProblemCategory.Economic] += 6;
        }
        else if (childHarmed || !teen && (text.Has(Concept.Missing) && text.HasAny(Concept.Child, Concept.YoungChild) || DangerDetector.IsChildNeglected(text)))
        {
            scores[ProblemCategory.ChildProtection] += 5;
        }
        else if (harmed && teen && HarmedByFamily(text))
        {
            // A teenager hurt by a parent or someone else at home is a child to protect, not a youth's trouble.
            scores[ProblemCategory.ChildProtection] += 5;
        }
        // A teenager telling of one parent hurting the other ("aku 16 thn, bapak suka mukul ibu") tells of violence in the household.
        else if (harmed && teen && !HarmedGrownUpAtHome(text))
        {
            scores[ProblemCategory.Youth] += 3;
        }
        else if (harmed && !partner && HarmFromOutside(text))
        {
            scores[ProblemCategory.Other] += 4;
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

    /// <summary>Whether the one harmed is a child ("kasar ke anak", "anak sy lg dipukulin"; see <see cref="Roles"/>).</summary>
    private static bool ChildIsHarmed(ReadText text) =>
        HarmDone(text).Any(harm => Roles.Victim(text, harm)?.Concepts.Contains(Concept.Child) == true);

    /// <summary>
    /// Harm done by someone of the family to the one writing or a child ("dipukul bapaknya", "bapak aku suka mukul aku"); not to
    /// another grown-up ("bapak suka mukul ibu" is violence in the household).
    /// </summary>
    private static bool HarmedByFamily(ReadText text) => HarmDone(text).Any(harm =>
        Roles.Doer(text, harm)?.Concepts.Contains(Concept.FamilyMember) == true
        && Roles.Victim(text, harm)?.Concepts.Overlaps([Concept.Self, Concept.Child]) != false);

    private static bool HarmedGrownUpAtHome(ReadText text) =>
        HarmDone(text).Any(harm => Roles.Victim(text, harm) is { } victim && victim.Concepts.Overlaps([Concept.FamilyMember, Concept.Partner])
            && !victim.Concepts.Overlaps([Concept.Self, Concept.Child]));

    /// <summary>Harm done by a neighbour or at work: named before the harm, in its clause ("tetangga sy ngamuk bawa parang").</summary>
    private static bool HarmFromOutside(ReadText text) => HarmDone(text).Any(harm =>
        text.Of(Concept.Neighbour).Concat(text.Of(Concept.Workplace)).Any(o => o.Clause == harm.Clause && o.End < harm.Start));

    /// <summary>
    /// Words of harm done to someone (a locked phone is not a person locked in; a threat to withhold something, "ngancem gk
    /// kasih uang jajan lg", is none).
    /// </summary>
    private static IEnumerable<ConceptMatch> HarmDone(ReadText text) =>
        Harm.Where(c => c != Concept.Lock).SelectMany(text.Of).Where(m => !Roles.IsDenied(text, m) && !ThreatToWithhold(text, m))
            .Concat(DangerDetector.LockedIn(text));

    /// <summary>"ngancem gk kasih uang jajan", "ngancam nanti gk dikasih warisan": a threat to withhold, no violence.</summary>
    internal static bool ThreatToWithhold(ReadText text, ConceptMatch match) =>
        match.Concept == Concept.Threat && text.Of(Concept.No).Any(no => no.Clause == match.Clause && no.Start > match.End && no.Start - match.End <= 2);

    /// <summary>Matches of a concept, a phrase and the words inside it counted once.</summary>
    private static int DistinctMatches(ReadText text, Concept concept)
    {
        var spans = text.Of(concept).OrderByDescending(m => m.End - m.Start).ToList();
        var kept = new List<ConceptMatch>();
        foreach (var span in spans.Where(span => !kept.Any(k => span.Start <= k.End && k.Start <= span.End))) kept.Add(span);
        return kept.Count;
    }
}
