using LK3.Intake.Understanding;

namespace LK3.Intake.Conversations;

/// <summary>What the family is asked in a state: the question, its choices and what typed words answer it.</summary>
internal sealed record Prompt(string Text, IReadOnlyList<Choice> Choices)
{
    /// <summary>Reads a typed answer to this question; false when the message answers nothing here.</summary>
    public Func<ConversationMachine, Understood, Task<bool>>? OnText { get; init; }

    public Choice? FindById(string? id) => Choices.FirstOrDefault(c => c.Id == id);

    /// <summary>The choice typed out by its label or by its number in the list (channels without buttons show numbers).</summary>
    public Choice? FindByText(string text)
    {
        var trimmed = text.Trim();
        return Choices.FirstOrDefault(c => string.Equals(c.Label, trimmed, StringComparison.OrdinalIgnoreCase))
            ?? (int.TryParse(trimmed, out var number) && number >= 1 && number <= Choices.Count ? Choices[number - 1] : null);
    }
}

/// <summary>One button of a prompt and the machine intent it stands for.</summary>
internal sealed record Choice(string Id, string Label, Func<ConversationMachine, Task> Choose);
