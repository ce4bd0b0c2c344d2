namespace LK3.Intake.Understanding;

/// <summary>
/// Who something happened to. Indonesian marks it simply enough for a rule: a passive verb ("dipukul", "ditinggal",
/// "terkunci") happened to the last person named before it in its clause ("anak sy lg dipukulin": the child — the "sy"
/// after "anak" is a possessive); an active one ("mukul anaknya", "kasar ke anak", "locked me") to the first person after it.
/// </summary>
internal static class Roles
{
    private static readonly Concept[] People = [Concept.Self, Concept.Child, Concept.FamilyMember, Concept.Partner, Concept.Outsider];

    public static bool IsPassive(ReadText text, ConceptMatch match) =>
        text.Tokens[match.Start].Word is var word && (word.StartsWith("di", StringComparison.Ordinal) || word.StartsWith("ter", StringComparison.Ordinal));

    public static Token? Victim(ReadText text, ConceptMatch match) => IsPassive(text, match) ? SubjectBefore(text, match) : ObjectAfter(text, match);

    /// <summary>Who did it: named after a passive verb ("dipukul bapaknya"), before an active one ("bapak aku suka mukul aku").</summary>
    public static Token? Doer(ReadText text, ConceptMatch match) => IsPassive(text, match) ? ObjectAfter(text, match) : SubjectBefore(text, match);

    /// <summary>Someone named within a few words before the word ("anak sy 3 thn hilang"; "15 juta hilang" names no one).</summary>
    public static bool PersonJustBefore(ReadText text, ConceptMatch match) =>
        Enumerable.Range(Math.Max(0, match.Start - 4), Math.Min(4, match.Start))
            .Any(i => text.Tokens[i].Clause == match.Clause && text.Tokens[i].Concepts.Overlaps(People));

    /// <summary>"tidak mukul", "gk pernah mukul", "tidak lagi memukul": the word denied ("tidak berhenti mukul" is not).</summary>
    public static bool IsDenied(ReadText text, ConceptMatch match) => text.Of(Concept.No).Any(no =>
        no.End < match.Start && match.Start - no.End <= 3 && no.Clause == match.Clause
        && text.Tokens.Skip(no.End + 1).Take(match.Start - no.End - 1).All(t => t.Word is "pernah" or "lagi"));

    /// <summary>Someone named just after the word ("culik anak sy").</summary>
    public static bool PersonJustAfter(ReadText text, ConceptMatch match) => ObjectAfter(text, match) is not null;

    public static Token? SubjectBefore(ReadText text, ConceptMatch match)
    {
        for (var i = match.Start - 1; i >= 0 && text.Tokens[i].Clause == match.Clause; i--)
        {
            if (IsPerson(text, i)) return text.Tokens[i];
        }
        return null;
    }

    private static Token? ObjectAfter(ReadText text, ConceptMatch match)
    {
        for (var i = match.Start + 1; i < text.Tokens.Count && i <= match.End + 3 && text.Tokens[i].Clause == match.Clause; i++)
        {
            if (IsPerson(text, i)) return text.Tokens[i];
        }
        return null;
    }

    private static bool IsPerson(ReadText text, int i) =>
        text.Tokens[i].Concepts.Overlaps(People)
        && !(text.Tokens[i].Concepts.Contains(Concept.Self) && i > 0 && text.Tokens[i - 1].Concepts.Overlaps(People));
}
