namespace LK3.Intake.Clients;

/// <summary>A chat on one of the channels (<see cref="ChannelNames"/>): where a message to someone goes.</summary>
public sealed record ChannelAddress(string Channel, string ChatId);
