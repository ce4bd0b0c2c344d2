namespace LK3.Intake.Understanding;

/// <summary>
/// Decides what a typed message wants, in this order: danger; a short command in words ("menu", "batal", "english
/// please"); a question about a topic; a family's own problem; a request for help; the social things people write
/// (greetings, thanks, "maaf salah kirim"); yes or no. The rules of the labelling guide are kept: a question about a
/// service is information even when it names a problem, a person telling their own problem asks for help even when it
/// names a service.
/// </summary>
public static class IntentReader
{
    private const int StoryLength = 7;

    public static Understood Read(string message, TopicMatcher topics)
    {
        var text = TypedTextReader.Read(message);
        var danger = DangerDetector.Detect(text);
        var topic = topics.Match(text);
        var category = CategoryClassifier.Guess(text);
        return new Understood(text, danger, Decide(text, danger, topic, category, topics.IsFacet), topic, category);
    }

    private static Intent Decide(ReadText text, Danger danger, TopicMatch? topic, CategoryGuess? category, Func<string, bool> isFacet)
    {
        if (text.IsEmpty) return Intent.Unknown;
        if (danger != Danger.None) return Intent.Help;
        var content = text.ContentWords();
        var question = text.HasQuestionMark || text.HasAny(Concept.Question, Concept.AskMarker) || AsksWithTag(text);
        var personal = text.Has(Concept.Self);
        var problem = category?.Score ?? 0;
        // Only words of trouble turn a question into a request for help; names of people and places do not.
        var trouble = CategoryClassifier.TellsOfTrouble(text);
        var strongTopic = topic is { Score: >= 2 } || text.Has(Concept.AskMarker);

        if (content <= 4 && Command(text, topic) is { } command) return command;
        if (text.Has(Concept.Thanks) && !question && problem < 2) return Intent.Thanks;
        // A family telling its own problem asks for help, even when a word of it is a topic's.
        if (problem >= 3 && personal && trouble && !strongTopic) return Intent.Help;
        // "ibu sy sakit gk ada biaya berobat": money lacked for something of the family's own is no question about LK3's fees.
        if (problem >= 2 && !question && AnswerReader.LacksMoney(text) && !text.HasAny(Concept.Lk3, Concept.Story)) return Intent.Help;
        if (topic is not null)
        {
            if (question && text.Has(Concept.Lk3) || text.Has(Concept.AskMarker)) return Intent.Information;
            if (isFacet(topic.Key) && (question || topic.Score >= 2 || content <= 3)) return Intent.Information;
        }
        if (problem >= 4 && trouble && !strongTopic && !question || problem >= 2 && personal && !question) return Intent.Help;
        // A topic's words in a statement ("dia datang lagi ke rumah ibu saya") do not make it a question about the topic.
        if (topic is not null && (question || content <= 4)) return Intent.Information;
        // "lk3 itu sebenernya apa sih? sy baru denger dr tetangga": who LK3 is, not a problem.
        if (text.Has(Concept.Lk3) && question && problem < 3 && topic is null) return Intent.Identity;
        var asksHelp = text.HasAny(Concept.HelpRequest, Concept.Story);
        // "capek bu tiap hari dihina suami": a feeling with what causes it is the family's story.
        if (problem > 0 && AnswerReader.TellsSadness(text) && !question) return Intent.Help;
        if (problem >= 2 || problem > 0 && (personal || asksHelp) || asksHelp) return Intent.Help;
        if (text.Has(Concept.Apology)) return Intent.Apology;
        if (text.Has(Concept.Later)) return Intent.Later;
        // "td pagi dia banting piring lg": "pagi" greets only at the start of a message, or in a short one.
        if (text.HasAny(Concept.Salam, Concept.Greeting, Concept.Test) && (content <= 3 || OpensWithGreeting(text))) return Intent.Greeting;
        if (text.Has(Concept.Lk3) && question) return Intent.Identity;
        // A family telling something at length, in words the lists do not know ("mbah kakung tinggal dewean …"), is telling its story.
        if (!question && text.Tokens.Count(IsStoryWord) >= StoryLength) return Intent.Help;
        return AnswerReader.YesOrNo(text) switch
        {
            true => Intent.Yes,
            false => Intent.No,
            null => Intent.Unknown,
        };
    }

    private static bool OpensWithGreeting(ReadText text) =>
        text.Tokens.FirstOrDefault(t => !t.Concepts.Contains(Concept.Filler))?.Concepts.Overlaps([Concept.Salam, Concept.Greeting, Concept.Test]) == true;

    /// <summary>A word of a story: letters, not a number or a scrap of markup ("1=1", "--").</summary>
    private static bool IsStoryWord(Token token) =>
        token.Word.Length >= 3 && token.Word.All(char.IsLetter) && !token.Concepts.Contains(Concept.Filler);

    /// <summary>"ada kunjungan rumah gk", "bisa konseling online gk": a question with no question mark, asked by its tag.</summary>
    /// <summary>"ada layanan konseling gk", "bisa dibantu gk buat urus akta": a question by its tag, with what for after it.</summary>
    private static bool AsksWithTag(ReadText text) => text.Tokens.GroupBy(t => t.Clause).Select(c => c.ToList()).Any(clause =>
        clause.Count > 2 && clause.Take(2).Any(t => t.Word is "ada" or "bisa" or "boleh") && clause.FindLastIndex(t => t.Word == "tidak") is var tag and > 1
        && clause.Skip(tag + 1).ToList() is var after && (after.Count == 0 || after.Count <= 4 && after[0].Word is "buat" or "untuk"));

    private static Intent? Command(ReadText text, TopicMatch? topic)
    {
        if (text.Has(Concept.Erase)) return Intent.Erase;
        // "kapan sy dihubungi?" asks about the family's own case, though "dihubungi" is also a word of the process topic.
        if (text.Has(Concept.Status) && (topic is null || text.Of(Concept.Status).Any(m => m.End > m.Start))) return Intent.Status;
        if (text.Has(Concept.English)) return Intent.English;
        if (text.Has(Concept.Indonesian)) return Intent.Indonesian;
        if (text.Has(Concept.Cancel)) return Intent.Cancel;
        if (text.Has(Concept.Menu)) return Intent.Menu;
        return null;
    }
}
