namespace LK3.Intake.Understanding;

/// <summary>
/// The words of one concept. <see cref="Verbs"/> are roots whose every form is known (see <see cref="WordForms"/>);
/// <see cref="Words"/> are known with the endings Lucene's stemmer removes; <see cref="Exact"/> only as written, where a
/// stem would be another word ("habisin" is a threat, "habis" is not); <see cref="Phrases"/> are words in a row (one
/// other word may stand between two of them) and <see cref="Together"/> words anywhere in the message.
/// All are written in standard Indonesian or English: <see cref="InformalWords"/> brings chat spellings there first.
/// </summary>
internal sealed record ConceptWords(Concept Concept)
{
    public string Verbs { get; init; } = "";
    public string Words { get; init; } = "";
    public string Exact { get; init; } = "";
    public string[] Phrases { get; init; } = [];
    public string[] Together { get; init; } = [];
}
