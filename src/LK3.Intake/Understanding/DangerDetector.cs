namespace LK3.Intake.Understanding;

/// <summary>
/// Whether a message tells of danger now, by rules over the concepts of <see cref="WordLists"/> — deterministic and
/// reviewable, never a model's guess. It leans towards seeing danger: showing emergency numbers to someone safe costs a
/// moment; not showing them to someone in danger may cost a life. docs/understanding.md lists the rules with examples.
/// </summary>
public static class DangerDetector
{
    public static Danger Detect(ReadText text)
    {
        if (text.Has(Concept.SelfHarm) || GivesUp(text)) return Danger.SelfHarm;
        // A question about what LK3 does "kalau ada anak hilang" tells of no one in danger — unless the writer is the one
        // ("kalau ada orang yg … orang itu sy sendiri"); talk of suicide always does.
        if (text.Has(Concept.Hypothetical) && (text.HasQuestionMark || text.Has(Concept.Question))
            && text.Tokens.Any(t => t.Word is "lk3" or "layanan" or "pelayanan") && !text.Has(Concept.Self))
        {
            return Danger.None;
        }
        // "gw bunuh lu wkwk" over a snack, "bunuh bunuh!" in a game: a joke.
        var joking = text.Has(Concept.Joke);
        if (text.Has(Concept.Weapon) && !joking) return Danger.Weapon;
        if ((text.Has(Concept.Kill) || ThreatensHarm(text)) && !joking) return Danger.ThreatToKill;
        if (IsSexualAbuse(text) || IsChildInDanger(text)) return Danger.ChildInDanger;
        if (IsLockedIn(text)) return Danger.LockedIn;
        if (IsMedicalEmergency(text)) return Danger.MedicalEmergency;
        if (IsBeingHurt(text) && !joking) return Danger.BeingHurt;
        if (DangerSaid(text) || IsOnFire(text) || (IsThreatenedNow(text) || IsHidingNow(text)) && !joking) return Danger.ToldOfDanger;
        if (AsksForEmergency(text)) return Danger.AskedForEmergency;
        return Danger.None;
    }

    /// <summary>
    /// "ngancam mau bakar rumah", "bakal bakar", "ngancam nyebarin video", "ngancam mau culik", "dia bilang sy gk bakal
    /// selamat": a threat of harm.
    /// </summary>
    private static bool ThreatensHarm(ReadText text) =>
        text.Of(Concept.Burn).Concat(text.Of(Concept.Spread)).Concat(text.Of(Concept.Missing)).Any(harm => text.Of(Concept.Threat).Any(t => Before(t, harm, 4)))
        || text.Of(Concept.Burn).Any(burn => text.Of(Concept.Intent).Any(i => Before(i, burn, 2)))
        || ThreatensLife(text);

    /// <summary>
    /// "sy udh gk kuat", "sy nyerah", "gk ada gunanya lg": giving up, with nothing else told, is met with the crisis message;
    /// "udah gk tahan sm suami", "sy gk kuat bayar", "sinyalnya gk kuat", "sy gk mau nyerah" tell of something else.
    /// </summary>
    private static bool GivesUp(ReadText text)
    {
        var despair = text.Of(Concept.Despair).ToList();
        return despair.Count > 0 && text.Tokens.Select((t, i) => (t, i))
            .All(x => despair.Any(d => d.Start <= x.i && x.i <= d.End) || x.t.Concepts.Overlaps(NothingElse) || AboutLife.Contains(x.t.Word));
    }

    private static readonly Concept[] NothingElse = [Concept.Self, Concept.Progressive, Concept.Now];

    private static readonly HashSet<string> AboutLife = ["sudah", "lah", "saja", "ini", "begini", "rasanya", "hidup", "banget", "sekali", "ya"];

    /// <summary>Not surviving, as someone said it ("kata suami"), not "anak sy gk bakal selamat kalo gk dioperasi".</summary>
    private static bool ThreatensLife(ReadText text) =>
        text.Tokens.Any(t => t.Lemma is "bilang" or "kata" or "ancam")
        && NotSurviving.Any(words => Enumerable.Range(0, text.Tokens.Count).Any(i => text.EndOfPhrase(words, i) >= 0));

    private static readonly string[][] NotSurviving = [["tidak", "bakal", "selamat"], ["tidak", "akan", "selamat"]];

    /// <summary>
    /// Someone missing or taken; a child run away (not to a relative's: "kabur ke rmh neneknya") or left alone. A child hurt
    /// now is <see cref="IsBeingHurt"/>.
    /// </summary>
    private static bool IsChildInDanger(ReadText text)
    {
        var child = text.HasAny(Concept.Child, Concept.YoungChild);
        var ranAway = text.Of(Concept.RanAway).Any(away => !text.Of(Concept.FamilyMember).Any(f => Before(away, f, 4)));
        var missing = text.Of(Concept.Missing).Any(m => m.End > m.Start
            || !ThingJustBefore(text, m, 4)
               && (Roles.IsPassive(text, m) ? Roles.SubjectBefore(text, m) is not null : Roles.PersonJustBefore(text, m) || Roles.PersonJustAfter(text, m)));
        // Of a child or a teenager, not of a grown-up named as the one away ("mamanya gk pulang2", "suami lg gk ada dirumah").
        var awayChild = (child || text.Has(Concept.Teen))
            && text.Of(Concept.ChildAway).Any(away => Roles.SubjectBefore(text, away) is not { } who || !IsGrownUp(who));
        return missing && (child || text.HasAny(Concept.Teen, Concept.FamilyMember, Concept.Partner)) || awayChild
            || (ranAway || Trafficked(text)) && (child || text.Has(Concept.Teen))
            || IsChildNeglected(text);
    }

    /// <summary>A partner, or a parent or other grown-up of the family; a younger or elder sibling may be a child.</summary>
    private static bool IsGrownUp(Token who) =>
        who.Concepts.Contains(Concept.Partner)
        || who.Concepts.Contains(Concept.FamilyMember) && !who.Concepts.Overlaps(Children) && who.Lemma is not ("adik" or "kakak" or "saudara");

    /// <summary>Sent to work abroad or married off — not a parent gone to work ("ditinggal ibunya kerja ke malaysia").</summary>
    private static bool Trafficked(ReadText text) =>
        text.Of(Concept.Trafficking).Any(t => !text.Tokens.Take(t.Start).TakeLast(2)
            .Any(before => before.Clause == t.Clause && before.Concepts.Overlaps(Adults)));

    private static readonly Concept[] Adults = [Concept.FamilyMember, Concept.Partner];

    /// <summary>
    /// A child left, thrown out or starving: a passive word said of a child ("bayi … ditinggal ibunya"), not of the writer
    /// ("ulun diusir"), and not told as a habit ("sering ngebiarin anaknya main sendiri" is a worry, not an emergency).
    /// </summary>
    internal static bool IsChildNeglected(ReadText text) =>
        text.HasAny(Children) && text.Of(Concept.Neglect).Any(n =>
            !(text.Of(Concept.Habitual).Any(h => h.Clause == n.Clause) && !NowIn(text, n.Clause))
            // "capek ngurus anak sendirian": the one caring is alone, not the child ("gk ada yg ngurus", "gk dirawat" are neglect).
            && !text.Tokens.Select((t, i) => (t, i)).Take(n.Start).Any(x => x.t.Clause == n.Clause && Caring.Contains(x.t.Lemma)
                && !x.t.Word.StartsWith("di", StringComparison.Ordinal) && !Roles.IsDenied(text, new ConceptMatch(Concept.Neglect, x.i, x.i, x.t.Clause)))
            && (n.End > n.Start || Roles.SubjectBefore(text, n)?.Concepts.Overlaps(Children) == true));

    /// <summary>
    /// Someone locked in (not a phone: "hp nya dikunci"), and not a teenager shutting their own door (but one locking
    /// himself in with someone: "ngunci diri berdua sm ibu"); not a likeness ("kayak tahanan di rumah sendiri") nor kept in
    /// by a duty ("gk bisa keluar rumah krn jaga anak").
    /// </summary>
    internal static IEnumerable<ConceptMatch> LockedIn(ReadText text) =>
        text.Of(Concept.Lock).Where(lockedIn =>
            !text.Of(Concept.Oneself).Any(self => self.Start > lockedIn.End && self.Start - lockedIn.End <= 2
                && !text.Tokens.Skip(self.End + 1).Take(2).Any(t => t.Word is "dua" or "berdua" or "bersama" or "sama" or "dengan" or "with"))
            && !(lockedIn.Start > 0 && text.Tokens[lockedIn.Start - 1].Word is "seperti" or "like")
            && !text.Tokens.Skip(lockedIn.End + 1).Take(3).Any(t => t.Clause == lockedIn.Clause && t.Word is "karena" or "because")
            && (!Roles.IsPassive(text, lockedIn) || Roles.Victim(text, lockedIn) is not null)
            // "tidak boleh keluar kalau bukan sama dia" is control, not being locked in.
            && !text.Tokens.Any(t => t.Clause == lockedIn.Clause && t.Word == "kalau"));

    /// <summary>A medical emergency now: not one told as past ("hampir tenggelam minggu lalu, skrg udh sehat").</summary>
    internal static bool IsMedicalEmergency(ReadText text) =>
        text.Of(Concept.Medical).Any(m => !InPast(text, m.Clause) || NowIn(text, m.Clause));

    /// <summary>Sexual abuse, unless told as past ("pernah dilecehkan tahun lalu, pelakunya sudah pindah").</summary>
    private static bool IsSexualAbuse(ReadText text) =>
        text.Of(Concept.SexualAbuse).Any(abuse => !InPast(text, abuse.Clause) || NowMarkers(text).Any(n => n.Clause == abuse.Clause));

    private static bool IsLockedIn(ReadText text) => LockedIn(text).Any();

    /// <summary>
    /// Hit now: in the same clause as "now" (tadi malam, barusan, dari tadi) or "lagi" right before the blow; or, in a
    /// message that tells of nothing past and no safety, with a plea, fear, a fresh wound, or a child being hit.
    /// "dulu sy sering dipukul, skrg udh cerai" is past, "suami gk pernah mukul" no blow: no danger.
    /// </summary>
    private static bool IsBeingHurt(ReadText text)
    {
        // A blow denied, dealt to a thing ("mukul meja", "hp sy dibanting"; but "dilempar kursi" is a chair thrown at
        // someone), or told as a past habit in its own words ("yg dulu suka nendang sy"), hurts no one now.
        var blows = text.Of(Concept.Hit).Concat(text.Of(Concept.Rage))
            .Where(b => !Roles.IsDenied(text, b)
                && !(!Roles.IsPassive(text, b) && b.End + 1 < text.Tokens.Count && text.Tokens[b.End + 1].Concepts.Overlaps(ThingsHitOnPurpose))
                && !(Roles.IsPassive(text, b) && ThingJustBefore(text, b, 2))
                && !text.Of(Concept.Past).Any(p => p.Clause == b.Clause && Before(p, b, 3)))
            .ToList();
        // "anak sy dibakar pake korek", "disetrika", "he burned my daughter": a burn dealt to someone is a wound, whenever it was.
        if (Burns(text).Any()) return true;
        if (blows.Count == 0) return false;
        // Told after the blow, and not denied: "kmrn ditampar suaminya … skrg udh di rumah ortu kami, aman".
        if (text.Of(Concept.Safe).Any(safe => !Roles.IsDenied(text, safe) && blows.All(b => b.Clause < safe.Clause))) return false;
        var now = NowMarkers(text).ToList();
        if (blows.Any(b => now.Any(n => n.Clause == b.Clause))) return true;
        if (blows.Any(b => text.Of(Concept.Progressive).Any(p => Before(p, b, 2)))) return true;
        if (text.HasAny(Concept.Past, Concept.Safe)) return false;
        // "dipukul lagi": hit again, told as it happens.
        if (blows.Any(b => text.Of(Concept.Progressive).Any(p => Before(b, p, 1)))) return true;
        // A habit of hitting ("sering dicubit gurunya") is for the counsellor; a child hit and now is not.
        var hits = blows.Where(b => b.Concept == Concept.Hit).ToList();
        return hits.Count > 0 && (text.HasAny(Concept.Plea, Concept.Fear, Concept.Injury, Concept.Pregnancy)
            || now.Count > 0 && text.HasAny(Concept.Child, Concept.YoungChild) && hits.Any(h => !text.Of(Concept.Habitual).Any(x => x.Clause == h.Clause)));
    }

    /// <summary>
    /// A threat made now or for later ("abang masih di rmh ngancam siapa aja yg ikut campur", "awas kau nanti mlm"), not a
    /// habit told ("sering ngancam ninggalin") nor denied.
    /// </summary>
    private static bool IsThreatenedNow(ReadText text) =>
        text.Of(Concept.Threat).Any(threat => (NowIn(text, threat.Clause) || LaterIn(text, threat.Clause)) && !Roles.IsDenied(text, threat)
            && !text.Of(Concept.Habitual).Any(h => h.Clause == threat.Clause) && !CategoryClassifier.ThreatToWithhold(text, threat));

    /// <summary>
    /// A fire ("RUMAH SEBELAH KEBAKARAN"), by the words as written: "bakar" alone is also burning rubbish or a threat. Not a
    /// fire told as past, nor "kebakaran jenggot".
    /// </summary>
    private static bool IsOnFire(ReadText text) =>
        text.Tokens.Select((token, i) => (token, i)).Any(x => x.token.Word is "kebakaran" or "terbakar"
            && !InPast(text, x.token.Clause) && !text.Of(Concept.Idiom).Any(idiom => idiom.Start <= x.i && x.i <= idiom.End));

    /// <summary>Hiding now ("skrg ngumpet di musholla", "lagi sembunyi di kamar mandi"), not as a habit.</summary>
    private static bool IsHidingNow(ReadText text) =>
        text.Of(Concept.Hiding).Any(hiding => (NowIn(text, hiding.Clause) || text.Of(Concept.Progressive).Any(p => Before(p, hiding, 2)))
            && !text.Of(Concept.Habitual).Any(h => h.Clause == hiding.Clause));

    /// <summary>"sy dalam bahaya", "nyawa sy terancam" — not "gk ada yg dlm bahaya", "tidak dalam bahaya".</summary>
    private static bool DangerSaid(ReadText text) => text.Of(Concept.DangerStated).Any(said =>
        !text.Of(Concept.No).Any(no => no.Clause == said.Clause && no.End < said.Start && said.Start - no.End <= 3));

    /// <summary>"darurat!", "tolong bu, darurat": the numbers asked for and nothing else told (not "darurat bu, suami ngamuk").</summary>
    public static bool OnlyAsksForEmergency(ReadText text) =>
        text.Tokens.All(t => t.Concepts.Overlaps([Concept.EmergencyWord, Concept.Plea, Concept.Filler, Concept.Greeting]));

    /// <summary>"darurat", "emergency", "SOS" — or a short plea with nothing else in it.</summary>
    private static bool AsksForEmergency(ReadText text) => text.Has(Concept.EmergencyWord) && text.ContentWords() <= 4;

    /// <summary>
    /// Words of "now" that are not part of a past phrase ("minggu tadi" in Banjar is last week), and "masih" only where
    /// nothing past is told ("dulu wkt msh nikah" is back then).
    /// </summary>
    private static IEnumerable<ConceptMatch> NowMarkers(ReadText text) =>
        text.Of(Concept.Now).Where(n => !text.Of(Concept.Past).Any(p => p.Start <= n.Start && n.End <= p.End))
            .Concat(text.Of(Concept.StillNow).Where(s => !InPast(text, s.Clause)));

    private static bool InPast(ReadText text, int clause) => text.Of(Concept.Past).Any(p => p.Clause == clause);

    private static bool NowIn(ReadText text, int clause) => NowMarkers(text).Any(n => n.Clause == clause);

    /// <summary>"awas kau nanti mlm": a threat to be carried out "nanti" is as near as one made now.</summary>
    private static bool LaterIn(ReadText text, int clause) => text.Tokens.Any(t => t.Clause == clause && t.Word == "nanti");

    private static readonly Concept[] Children = [Concept.Child, Concept.YoungChild];

    /// <summary>A thing named within a few words before, the one lost or hit ("akta anak sy hilang", "hp sy dibanting").</summary>
    private static bool ThingJustBefore(ReadText text, ConceptMatch match, int within) =>
        text.Tokens.Take(match.Start).TakeLast(within).Any(t => t.Clause == match.Clause && t.Concepts.Overlaps(Things));

    private static readonly Concept[] Things = [Concept.Thing, Concept.Documents];

    private static readonly Concept[] ThingsHitOnPurpose = [Concept.Thing, Concept.Clothing];

    /// <summary>
    /// Burns dealt to someone ("dibakar", not "terbakar" or "kebakaran", an accident): not to a thing of theirs ("baju sy blm
    /// disetrika", "sampah kami dibakar"), not denied, not told as past.
    /// </summary>
    private static IEnumerable<ConceptMatch> Burns(ReadText text) =>
        text.Of(Concept.Burn).Where(b => text.Tokens[b.Start].Lemma == "bakar" || EnglishBurns.Contains(text.Tokens[b.Start].Word))
            .Concat(text.Of(Concept.Hit).Where(h => BurningBlows.Contains(text.Tokens[h.Start].Lemma)))
            .Where(b => (text.Tokens[b.Start].Word.StartsWith("di", StringComparison.Ordinal) || EnglishBurns.Contains(text.Tokens[b.Start].Word))
                && !Roles.IsDenied(text, b) && Roles.Victim(text, b) is not null
                && !text.Tokens.Take(b.Start).Any(t => t.Clause == b.Clause && t.Concepts.Overlaps(ThingsHitOnPurpose))
                && !text.Of(Concept.Past).Any(p => p.Clause == b.Clause && Before(p, b, 3)));

    private static readonly HashSet<string> BurningBlows = ["setrika", "sundut", "dicelup", "dicelupin", "dicelupkan"];

    private static readonly HashSet<string> EnglishBurns = ["burned", "burnt", "scalded"];

    private static readonly HashSet<string> Caring = ["urus", "rawat", "asuh", "jaga", "didik"];

    private static bool Before(ConceptMatch first, ConceptMatch then, int within) =>
        first.End < then.Start && then.Start - first.End <= within && first.Clause == then.Clause;
}
