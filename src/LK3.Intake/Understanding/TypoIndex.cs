namespace LK3.Intake.Understanding;

/// <summary>
/// Finds the known word a typo stands for, by Damerau–Levenshtein distance: at most one edit for words of six to eight
/// letters, two from nine; shorter words are never guessed (one edit turns too many of them into other words), and the
/// first letter must match (families mistype the middle of a word, seldom its start). Candidates come from an index of
/// each word with letters deleted (SymSpell's idea), so a look-up costs a few dictionary reads rather than a pass over
/// every word.
/// </summary>
internal sealed class TypoIndex
{
    private const int MaxEdits = 2;
    private readonly Dictionary<string, List<string>> _byDeletion = new(StringComparer.Ordinal);

    public TypoIndex(IEnumerable<string> words)
    {
        foreach (var word in words.Where(w => w.Length >= 4 && !w.Contains(' ')))
        {
            foreach (var deletion in Deletions(word, MaxEdits))
            {
                if (!_byDeletion.TryGetValue(deletion, out var originals)) _byDeletion[deletion] = originals = [];
                if (!originals.Contains(word)) originals.Add(word);
            }
        }
    }

    public string? Find(string typo)
    {
        if (typo.Length < 6) return null;
        var allowed = typo.Length >= 9 ? 2 : 1;
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var deletion in Deletions(typo, allowed))
        {
            if (!_byDeletion.TryGetValue(deletion, out var candidates)) continue;
            foreach (var candidate in candidates)
            {
                if (candidate[0] != typo[0] || Math.Abs(candidate.Length - typo.Length) > allowed) continue;
                var distance = Distance(typo, candidate);
                if (distance <= allowed && (distance < bestDistance || distance == bestDistance && string.CompareOrdinal(candidate, best) < 0))
                {
                    (best, bestDistance) = (candidate, distance);
                }
            }
        }
        return best;
    }

    private static HashSet<string> Deletions(string word, int edits)
    {
        var found = new HashSet<string>(StringComparer.Ordinal) { word };
        var frontier = new List<string> { word };
        for (var edit = 0; edit < edits; edit++)
        {
            var next = new List<string>();
            foreach (var w in frontier.Where(w => w.Length > 1))
            {
                for (var i = 0; i < w.Length; i++)
                {
                    var shorter = w.Remove(i, 1);
                    if (found.Add(shorter)) next.Add(shorter);
                }
            }
            frontier = next;
        }
        return found;
    }

    /// <summary>Edits (insert, delete, substitute, swap two neighbours) from one word to the other.</summary>
    internal static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        }
        return d[a.Length, b.Length];
    }
}
