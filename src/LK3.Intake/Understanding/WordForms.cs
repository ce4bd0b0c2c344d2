namespace LK3.Intake.Understanding;

/// <summary>
/// The forms a verb root takes as families write it: the formal affixes Lucene's stemmer removes, and the informal
/// ones it does not know — the bare nasal prefix (pukul → mukul, tendang → nendang, kunci → ngunci, sebar → nyebar),
/// nge- (ngerokok), the Jakarta suffix -in (pukulin, dipukulin), ke- for "got hit" (kepukul) and the Banjar ma-/ba-.
/// </summary>
internal static class WordForms
{
    public static IEnumerable<string> OfVerb(string root)
    {
        var nasal = Nasal(root);
        var formal = FormalNasal(root);
        string[] bases = [root, nasal, formal, "nge" + root, "ma" + nasal, "di" + root, "ter" + root, "ke" + root, "ber" + root, "ba" + root];
        foreach (var stem in bases.Distinct())
        {
            yield return stem;
            yield return stem + "in";
            yield return stem + "i";
            yield return stem + "kan";
            yield return stem + "an";
            yield return stem + "nya";
        }
        yield return "ke" + root + "an";
        yield return "pe" + nasal + "an";
    }

    /// <summary>The informal nasal form: the prefix a spoken verb keeps when "me-" is dropped.</summary>
    private static string Nasal(string root) => root[0] switch
    {
        'p' => "m" + root[1..],
        't' => "n" + root[1..],
        'k' => "ng" + root[1..],
        's' or 'c' => "ny" + root[1..],
        'a' or 'e' or 'i' or 'o' or 'u' => "ng" + root,
        'b' or 'f' => "m" + root,
        'd' or 'j' => "n" + root,
        'g' or 'h' => "ng" + root,
        _ => "nge" + root,
    };

    private static string FormalNasal(string root) => root[0] switch
    {
        'p' => "mem" + root[1..],
        't' => "men" + root[1..],
        'k' => "meng" + root[1..],
        's' => "meny" + root[1..],
        'a' or 'e' or 'i' or 'o' or 'u' or 'g' or 'h' => "meng" + root,
        'b' or 'f' => "mem" + root,
        'c' or 'd' or 'j' => "men" + root,
        _ => "me" + root,
    };
}
