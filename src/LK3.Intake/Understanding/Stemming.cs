using Lucene.Net.Analysis.Id;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace LK3.Intake.Understanding;

/// <summary>
/// Lucene's stemmers: Indonesian (Tala's algorithm: particles, possessives, prefixes and suffixes) and Snowball English.
/// Both keep state while they work, so each call takes its own.
/// </summary>
internal static class Stemming
{
    public static string Indonesian(string word)
    {
        var letters = word.ToCharArray();
        var length = new IndonesianStemmer().Stem(letters, letters.Length, stemDerivational: true);
        return new string(letters, 0, length);
    }

    public static string English(string word)
    {
        var stemmer = new EnglishStemmer();
        stemmer.SetCurrent(word);
        stemmer.Stem();
        return stemmer.Current;
    }
}
