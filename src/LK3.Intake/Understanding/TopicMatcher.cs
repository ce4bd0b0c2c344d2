using System.Collections.Frozen;

namespace LK3.Intake.Understanding;

/// <summary>
/// Which information topic a message asks about, by the keywords staff keep with each topic (/konten), read the way
/// messages are read — so "psikolognya", "biayanya" and "dirujuk" find "psikolog", "biaya" and "rujukan". Each keyword
/// found counts its words; the topic with most wins; in a tie a fact about the office wins over a service ("konseling bayar
/// gk?" asks about the cost), then a later mention ("setelah konseling, apakah ada pendampingan?" asks about the second).
/// </summary>
public sealed class TopicMatcher
{
    /// <summary>Longest first, so that a keyword inside a longer one of its topic is seen as covered; sorted once, not per message.</summary>
    private readonly (string Key, PhraseWord[] Words)[] _keywords;

    /// <summary>
    /// Where in <see cref="_keywords"/> the keywords beginning with a word (as written or as its lemma) stand: a keyword can only
    /// be found where its first word is, and a message holds the first words of few.
    /// </summary>
    private readonly FrozenDictionary<string, int[]> _starting;

    private readonly Func<string, bool> _isFacet;

    public TopicMatcher(IEnumerable<(string Key, string Keywords)> topics, Func<string, bool> isFacet)
    {
        _keywords = [.. topics
            .SelectMany(t => t.Keywords.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                (t, keyword) => (t.Key, Words: Lexicon.Instance.Keyword(keyword)))
            .Where(k => k.Words.Length > 0)
            .DistinctBy(k => (k.Key, string.Join(' ', k.Words)))
            .OrderByDescending(k => k.Words.Length)];
        _starting = _keywords
            .SelectMany((k, i) => new[] { (Word: k.Words[0].Word, Index: i), (Word: k.Words[0].Lemma, Index: i) })
            .GroupBy(k => k.Word, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(k => k.Index).ToArray(), StringComparer.Ordinal);
        _isFacet = isFacet;
    }

    public bool IsFacet(string key) => _isFacet(key);

    public TopicMatch? Match(ReadText text)
    {
        // Ascending, so in the keywords' order, as when each was tried in turn: the tokens covered depend on it. A set of the few
        // found rather than a flag for each of the thousands of keywords.
        var candidates = new SortedSet<int>();
        foreach (var token in text.Tokens)
        {
            if (_starting.TryGetValue(token.Word, out var byWord)) candidates.UnionWith(byWord);
            if (_starting.TryGetValue(token.Lemma, out var byLemma)) candidates.UnionWith(byLemma);
        }
        var found = new Dictionary<string, (double Score, int Last)>(StringComparer.Ordinal);
        var covered = new HashSet<(string Key, int Token)>();
        foreach (var (key, words) in candidates.Select(k => _keywords[k]))
        {
            for (var start = 0; start < text.Tokens.Count; start++)
            {
                var end = text.EndOfPhrase(words, start);
                // A keyword inside a longer one already found for the same topic adds nothing.
                if (end < 0 || Enumerable.Range(start, end - start + 1).Any(i => covered.Contains((key, i)))) continue;
                foreach (var i in Enumerable.Range(start, end - start + 1)) covered.Add((key, i));
                var (score, last) = found.GetValueOrDefault(key);
                found[key] = (score + words.Length, Math.Max(last, end));
            }
        }
        return found.Count == 0
            ? null
            : found.OrderByDescending(f => f.Value.Score).ThenByDescending(f => _isFacet(f.Key)).ThenByDescending(f => f.Value.Last)
                .Select(f => new TopicMatch(f.Key, f.Value.Score)).First();
    }
}

/// <summary>The topic a message asks about and how many of its keywords' words were found.</summary>
public sealed record TopicMatch(string Key, double Score);
